package main

import (
	"strings"
	"testing"
	"time"
)

func TestGoalsJudgeEachTarget(t *testing.T) {
	r := report{
		rows: []row{
			{input: 100e6, ours: 300 * time.Millisecond, theirs: 200 * time.Millisecond, ourPeak: 40e6}, // typical: 1.5× qpdf
			{input: 300e6, ours: 5 * time.Second, theirs: 2 * time.Second, ourPeak: 500e6},              // large: 2.5× qpdf, 1.67× input
			{ours: time.Second, discard: 500 * time.Millisecond, ourPeak: 50e6},                         // 500 pages
			{ours: time.Second, discard: time.Second, ourPeak: 60e6},                                    // 1,000 pages
			{ours: 4 * time.Second, theirs: time.Second, discard: 4 * time.Second, ourPeak: 80e6},       // 2,000 pages: 2× per page
		},
		unchanged: 50 * time.Millisecond,
		added:     500 * time.Millisecond, full: time.Second,
		batch: 20, oneByOne: 4 * time.Second, together: 2 * time.Second,
	}
	r.rows[2].theirs, r.rows[3].theirs = time.Second, time.Second
	var b strings.Builder
	r.goals(&b)
	want := map[string]string{
		"full build, typical case":  "yes",
		"full build, large case":    "NO",
		"peak memory, typical case": "yes",
		"peak memory, large case":   "NO",
		"work per page":             "NO",
		"memory per page":           "yes",
		"unchanged rebuild":         "yes",
		"one exhibit added":         "NO",
		"cases together":            "yes",
	}
	for _, line := range strings.Split(b.String(), "\n") {
		for goal, verdict := range want {
			if strings.Contains(line, goal) {
				if !strings.HasSuffix(strings.TrimSpace(line), verdict) {
					t.Errorf("%q: want %s", line, verdict)
				}
				delete(want, goal)
			}
		}
	}
	for goal := range want {
		t.Errorf("goal %q not printed", goal)
	}
}
