package main

import (
	"strings"
	"testing"
)

// TestDiffKinds: the --list words of lkj eval and the diff kinds they
// print; wrong takes the wrong-key rows too.
func TestDiffKinds(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"silent", "silent-wrong"},
		{"wrong", "silent-wrong flagged wrong-key"},
		{"wrong-key,missing", "wrong-key missing"},
		{"wrongkey", "wrong-key"},
		{"extra", "extra"},
		{"all", ""},
	} {
		got, err := diffKinds(tc.in)
		if err != nil || strings.Join(got, " ") != tc.want {
			t.Errorf("diffKinds(%q) = %v, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := diffKinds("loud"); err == nil {
		t.Error("diffKinds(loud): no error")
	}
}
