package parse

import (
	"hash/maphash"
	"math/rand"
	"reflect"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestGroupHashed: the groups are those of a map from key to indices with
// the keys' first-seen order beside it, on random keys, with their own
// hashes and with one hash for every key (then comparing decides).
func TestGroupHashed(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		keys := make([]int, n)
		for i := range keys {
			keys[i] = rng.Intn(n/3 + 1)
		}
		m := map[int][]int{}
		var order []int
		for i, k := range keys {
			if _, ok := m[k]; !ok {
				order = append(order, k)
			}
			m[k] = append(m[k], i)
		}
		var want [][]int
		for _, k := range order {
			want = append(want, m[k])
		}
		same := func(i, j int) bool { return keys[i] == keys[j] }
		for name, hash := range map[string]func(h *maphash.Hash, i int){
			"own":  func(h *maphash.Hash, i int) { hashInt(h, keys[i]) },
			"one":  func(h *maphash.Hash, i int) { h.WriteByte(1) },
			"half": func(h *maphash.Hash, i int) { hashInt(h, keys[i]/2) },
		} {
			got := groupHashed(n, hash, same)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s hashes, keys %v: groups %v, want %v", name, keys, got, want)
			}
			for g := range got { // a group's append stays in its own place
				if len(got[g]) != cap(got[g]) {
					t.Fatalf("group %d has spare room", g)
				}
			}
		}
	}
}

// TestHashKunci: an indicator's key hashes as normalize.IndikatorKunci's
// string does, so one key always falls in one group.
func TestHashKunci(t *testing.T) {
	texts := sharedtest.Texts(4, 3000, 8, []string{"Persentase", "pemilih", "KPU", "  ", " ", "-", "é", "Ü", "1", "ſ", "/", "a", "teks:"},
		nil, "", " ", "Persentase Pemilih", "persentase  pemilih!", "teks:x")
	sum := func(f func(h *maphash.Hash)) uint64 {
		var h maphash.Hash
		h.SetSeed(groupSeed)
		f(&h)
		return h.Sum64()
	}
	for _, s := range texts {
		for _, id := range []string{"", "IKU-1", s} {
			got := sum(func(h *maphash.Hash) { hashKunci(h, id, s) })
			want := sum(func(h *maphash.Hash) { hashStr(h, normalize.IndikatorKunci(id, s)) })
			if got != want {
				t.Fatalf("hashKunci(%q, %q) hashes apart from %q", id, s, normalize.IndikatorKunci(id, s))
			}
		}
	}
}
