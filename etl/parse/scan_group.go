package parse

import (
	"encoding/binary"
	"hash/maphash"
	"sync"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The resolver groups facts by their natural key. It built the key as a
// string for every fact ("satker|tahun|…", the indicator's key among
// them) and a map of them to arrays grown fact by fact; a hash of the
// key's fields, written without building it, keys a map of small numbers
// instead, and a fact whose hash is taken is compared with the group's
// first fact field by field (the only place a key is built again: the
// duplicates).

var groupSeed = maphash.MakeSeed()

// groupHashed groups the items 0..n-1 by key, as a map from the key to
// the items' indices with the keys' first-seen order beside it did: the
// groups in the order their first item comes, each ascending. hash writes
// item i's key; same reports whether items i and j have one key (items
// with one key must hash alike).
func groupHashed(n int, hash func(h *maphash.Hash, i int), same func(i, j int) bool) [][]int {
	return groupInto(new(groupArrays), n, hash, same)
}

// withGroups calls f with groupHashed's groups, read from arrays kept
// between calls (issue 13: the groups of every family of every document
// were a thirtieth of the parser's bytes). f reads the groups and keeps
// none of them: they are written again by the next call.
func withGroups(n int, hash func(h *maphash.Hash, i int), same func(i, j int) bool, f func(groups [][]int)) {
	ga := groupArraysPool.Get().(*groupArrays)
	f(groupInto(ga, n, hash, same))
	if n > groupScratchMost {
		ga.all, ga.groups = nil, nil // as groupScratch: keep no large table's arrays
	}
	groupArraysPool.Put(ga)
}

// groupArrays are the arrays groupInto writes its answer into.
type groupArrays struct {
	all    []int   // the items, group after group
	groups [][]int // the groups, each a capped stretch of all
}

var groupArraysPool = sync.Pool{New: func() any { return new(groupArrays) }}

// groupInto is groupHashed writing its answer into ga's arrays (grown as
// needed, kept in ga).
func groupInto(ga *groupArrays, n int, hash func(h *maphash.Hash, i int), same func(i, j int) bool) [][]int {
	if n == 0 {
		return nil
	}
	sc := groupPool.Get().(*groupScratch)
	if sc.byHash == nil {
		sc.byHash = make(map[uint64]int32, n)
	}
	byHash := sc.byHash
	firsts := sc.firsts[:0] // each group's first item
	if cap(sc.gid) < n {
		sc.gid = make([]int32, n)
	}
	gid := sc.gid[:n]
	h := &sc.h
	h.SetSeed(groupSeed)
	for i := 0; i < n; i++ {
		h.Reset()
		hash(h, i)
		sum := h.Sum64()
		g, ok := byHash[sum]
		if ok && !same(int(firsts[g]), i) {
			// another key with this hash: compare with every group
			ok = false
			for x, f := range firsts {
				if same(int(f), i) {
					g, ok = int32(x), true
					break
				}
			}
		}
		if !ok {
			g = int32(len(firsts))
			if _, taken := byHash[sum]; !taken {
				byHash[sum] = g
			}
			firsts = append(firsts, int32(i))
		}
		gid[i] = g
	}
	if cap(sc.counts) < len(firsts) {
		sc.counts = make([]int32, len(firsts))
	}
	counts := sc.counts[:len(firsts)]
	clear(counts)
	for _, g := range gid {
		counts[g]++
	}
	if cap(ga.all) < n {
		ga.all = make([]int, n)
	}
	all := ga.all[:n]
	if cap(ga.groups) < len(firsts) {
		ga.groups = make([][]int, len(firsts))
	}
	groups := ga.groups[:len(firsts)]
	off := 0
	for g, c := range counts {
		groups[g] = all[off : off : off+int(c)]
		off += int(c)
	}
	for i, g := range gid {
		groups[g] = append(groups[g], i)
	}
	clear(byHash)
	if n > groupScratchMost {
		sc.byHash, sc.gid, sc.counts = nil, nil, nil // a large table would make every later clear dear
	}
	sc.firsts = firsts[:0]
	groupPool.Put(sc)
	return groups
}

// groupScratch is groupHashed's working state: the hash, the map of
// hashes, the groups' first items and each item's group, kept between
// calls (a pool, as the resolver groups each family of every document) so
// that only the groups returned are allocated. Nothing in it outlives a call: the map is
// cleared and the slices are written before they are read.
type groupScratch struct {
	h      maphash.Hash // escapes to the callers' hash functions
	byHash map[uint64]int32
	firsts []int32
	gid    []int32
	counts []int32 // each group's number of items
}

// groupScratchMost is the most items whose map and array are kept.
const groupScratchMost = 4096

var groupPool = sync.Pool{New: func() any { return new(groupScratch) }}

// hashStr writes s and a byte after it, so ("ab", "c") and ("a", "bc")
// hash apart.
func hashStr(h *maphash.Hash, s string) {
	h.WriteString(s)
	h.WriteByte(0)
}

func hashInt(h *maphash.Hash, v int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(v))
	h.Write(b[:])
}

// hashKunci writes normalize.IndikatorKunci(id, text) without building it
// for a text: "teks:" and the words of its key, one space between them.
func hashKunci(h *maphash.Hash, id, text string) {
	if id != "" {
		h.WriteString(id)
		h.WriteByte(0)
		return
	}
	h.WriteString("teks:")
	first := true
	normalize.KeyWords(text, func(w string) bool {
		if !first {
			h.WriteByte(' ')
		}
		first = false
		h.WriteString(w)
		return true
	})
	h.WriteByte(0)
}
