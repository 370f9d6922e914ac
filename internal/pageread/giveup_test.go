package pageread

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPageLimit gives up a page that takes longer than PageLimit, with an
// error that says so; the Doc then refuses further work, and a new Doc
// reads as before, from an instance the pool made in place of the one
// given up.
func TestPageLimit(t *testing.T) {
	data := densePage(t)
	d, err := Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	limit := PageLimit
	PageLimit = time.Nanosecond // no page is read that fast
	_, err = d.Chars(0)
	PageLimit = limit
	if err == nil || !strings.Contains(err.Error(), "reading page 1 took longer than 1ns and was given up") {
		t.Fatalf("got %v, want the page given up", err)
	}
	if _, err := d.Render(0, 72); err == nil {
		t.Error("a given-up document read on")
	}
	d.Close()
	readsAgain(t, data)
}

// TestCancel gives up reading when the context ends, with its error.
func TestCancel(t *testing.T) {
	data := densePage(t)
	ctx, cancel := context.WithCancel(context.Background())
	d, err := Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	if _, err := d.Render(0, 300); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	d.Close()
	readsAgain(t, data)
}

// readsAgain checks that PDFium still reads after an instance was given
// up, and that the pool made another: as many documents open at once as
// the pool has instances. The call given up has had time to end on its
// own meanwhile.
func readsAgain(t *testing.T, data []byte) {
	t.Helper()
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // a pool short of an instance would wait for ever
	defer cancel()
	var docs []*Doc
	for range runtime.GOMAXPROCS(0) {
		d, err := Open(ctx, data)
		if err != nil {
			t.Fatalf("after a page was given up: %v", err)
		}
		docs = append(docs, d)
	}
	for _, d := range docs {
		chars, err := d.Chars(0)
		d.Close()
		if err != nil || len(chars) < 1000 {
			t.Fatalf("after a page was given up: %d characters, %v", len(chars), err)
		}
	}
}
