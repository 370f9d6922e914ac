package packet

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWatch(t *testing.T) {
	root := t.TempDir()
	caseFile := writeCase(t, filepath.Join(root, "a"), genSpec{seed: 30, exhibits: 2, sections: 1})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outcomes := make(chan Outcome, 10)
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, root, WatchOptions{Interval: 10 * time.Millisecond, Quiet: 30 * time.Millisecond}, func(o Outcome) { outcomes <- o })
	}()
	wait := func(what string) Outcome {
		select {
		case o := <-outcomes:
			return o
		case <-time.After(10 * time.Second):
			t.Fatalf("no rebuild after %s", what)
		}
		return Outcome{}
	}
	if o := wait("start"); o.Status != Built || o.Case != caseFile {
		t.Fatalf("first outcome: %+v", o)
	}
	evidence, _ := filepath.Glob(filepath.Join(root, "a", "evidence", "*"))
	data, _ := os.ReadFile(evidence[0])
	os.WriteFile(evidence[0], append(data, ' '), 0o644)
	if o := wait("a change"); o.Status != Built {
		t.Fatalf("after a change: %+v", o)
	}
	select {
	case o := <-outcomes:
		t.Fatalf("a rebuild without a change: %+v", o)
	case <-time.After(200 * time.Millisecond):
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
