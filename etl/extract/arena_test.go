package extract

import (
	"testing"
	"unsafe"
)

// TestJoinCell: a joined cell reads a + " " + c whether it was written in
// the arena (fresh, or extending the cell that ends the arena) or
// allocated (no arena, no room), and no later join changes an earlier one.
func TestJoinCell(t *testing.T) {
	inArena := func(arena []byte, s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		b := uintptr(unsafe.Pointer(unsafe.SliceData(arena[:cap(arena)])))
		return p >= b && p < b+uintptr(cap(arena))
	}
	cases := []struct {
		name    string
		room    int // the arena's capacity; -1: no arena
		joins   [][2]int
		inArena []bool
	}{
		{"no arena", -1, [][2]int{{0, 1}}, []bool{false}},
		{"room", 64, [][2]int{{0, 1}, {2, 3}}, []bool{true, true}},
		{"no room", 5, [][2]int{{0, 1}}, []bool{false}},
		{"room for one", 20, [][2]int{{0, 1}, {2, 3}}, []bool{true, false}},
		// the second join extends the first's result in place
		{"extend", 40, [][2]int{{0, 1}, {-1, 2}}, []bool{true, true}},
	}
	frags := []string{"Persentase", "pemilih", "Target", "2024"}
	for _, tc := range cases {
		var arena *[]byte
		var buf []byte
		if tc.room >= 0 {
			buf = make([]byte, 0, tc.room)
			arena = &buf
		}
		var got, want []string
		for k, j := range tc.joins {
			a, wa := "", ""
			if j[0] < 0 {
				a, wa = got[len(got)-1], want[len(want)-1]
			} else {
				a, wa = frags[j[0]], frags[j[0]]
			}
			s := joinCell(arena, a, frags[j[1]])
			got, want = append(got, s), append(want, wa+" "+frags[j[1]])
			if arena != nil && inArena(*arena, s) != tc.inArena[k] {
				t.Errorf("%s: join %d in the arena %v, want %v", tc.name, k, !tc.inArena[k], tc.inArena[k])
			}
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("%s: join %d = %q, want %q", tc.name, k, got[k], want[k])
			}
		}
		if tc.name == "extend" && len(*arena) != len(want[1]) {
			t.Errorf("extend: the arena holds %d bytes, want %d (the first join extended)", len(*arena), len(want[1]))
		}
	}
}
