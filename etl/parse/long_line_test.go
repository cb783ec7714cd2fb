package parse

import "testing"

func TestTooLong(t *testing.T) {
	tests := []struct {
		text  string
		max   int
		no, n int
	}{
		{"", 3, 0, 0},
		{"abc\nabc", 3, 0, 0},     // at the limit
		{"abc\nabcd\n", 3, 2, 4},  // over it, line counted from 1
		{"ab\n\nabcdef", 3, 3, 6}, // the last line, with no newline
		{"abcd\nabcdefgh", 3, 1, 4},
	}
	for _, tc := range tests {
		if no, n := tooLong([]byte(tc.text), tc.max); no != tc.no || n != tc.n {
			t.Errorf("tooLong(%q, %d) = %d, %d; want %d, %d", tc.text, tc.max, no, n, tc.no, tc.n)
		}
	}
}
