package parse

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Posts of a social-media page. An office announcing its roll on its page
// writes one block per area, the name on a line of its own, the figures on
// the lines under it, emoji as labels and separators:
//
//	📍 WEWEWA TIMUR
//	🏠 31 desa · 🗳 77 TPS
//	🙋‍♂️ L 14.210 · 🙋‍♀️ P 14.390 · 🧾 28.600 pemilih
//
//	✅ TOTAL KABUPATEN …
//
// (names often in styled letters, folded by styled_letters.go). The emoji
// are decoration; a block is the labelled row "name: cell, cell, …"
// (kv_inline.go) when its first line is a name (no figure) and every piece
// of the lines under it, parted by emoji, middle dots, bullets, bars or
// commas, is one named cell. postBlocks writes such blocks, two or more one
// after another, each on its first line, the lines under it blank (line
// numbers never change), so they go the labelled rows' way: a table whose
// columns are the cells' names. Anything else in the post (hashtags,
// reactions, a reader's comment and its figure) is no block and stays
// prose.

// postBlockMin is how many blocks make a post's table.
const postBlockMin = 2

// postBlocks rewrites the area blocks of a post; data itself when it holds
// none.
func postBlocks(data []byte) []byte {
	// the cells are parted by a middle dot or by emoji (F0 9F ..: the
	// pictograph planes); neither, no post
	if !postLikely(data, []byte("·")) && !postLikely(data, []byte{0xF0, 0x9F}) &&
		!threadLikely(data, []byte("·")) && !threadLikely(data, []byte(" | ")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		var run []postBlock
		k := i
		for {
			b, ok := readPostBlock(lines, k)
			if !ok {
				b, ok = readHeadedBlock(lines, k) // a thread's "name: cells" (post_thread.go)
			}
			if !ok || len(run) > 0 && !sameKeys(run[0].keys, b.keys) {
				break
			}
			run = append(run, b)
			k = b.end
			for k < len(lines) && (strings.TrimSpace(lines[k]) == "" || postFurniture(lines[k])) {
				k++
			}
		}
		if len(run) < postBlockMin {
			continue
		}
		from, to := run[0].start, run[len(run)-1].end
		for from > 0 && postFurniture(lines[from-1]) {
			from-- // the first post's header, right above its first block
		}
		for to < len(lines) && postFurniture(lines[to]) {
			to++ // the last post's counters, right under its last block
		}
		for j := from; j < to; j++ {
			lines[j] = "" // the blocks' lines under their first, and the posts' furniture about them
		}
		for _, b := range run {
			lines[b.start] = b.name + ": " + strings.Join(b.cells, ", ")
		}
		changed = true
		i = run[len(run)-1].end - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// postLikely: two lines holding sep next to a block's name (a line with no
// figure, the first cells right under it, every piece a named cell); looked
// for without a copy of the text.
func postLikely(data, sep []byte) bool {
	name := func(l []byte) bool { l = bytes.TrimSpace(l); return len(l) > 0 && bytes.IndexAny(l, "0123456789:") < 0 }
	cells := func(l []byte) bool {
		if bytes.IndexAny(l, "0123456789") < 0 {
			return false
		}
		cs := postCells(string(l))
		for _, c := range cs {
			if _, _, ok := inlinePair(c); !ok {
				return false
			}
		}
		return len(cs) >= 2
	}
	n := 0
	for from, to := range sepLines(data, sep) {
		if n >= postBlockMin {
			break
		}
		if from >= 1 && bytes.IndexAny(data[from:to], "0123456789") >= 0 {
			if pf, _ := lineSpan(data, from-1); name(data[pf:from-1]) && cells(data[from:to]) {
				n++
			}
		} else if to+1 < len(data) && name(data[from:to]) {
			if _, nt := lineSpan(data, to+1); cells(data[to+1 : nt]) {
				n++
			}
		}
	}
	return n >= postBlockMin
}

type postBlock struct {
	start, end  int // lines, end exclusive
	name        string
	cells, keys []string
}

// readPostBlock reads the block whose name is on line i.
func readPostBlock(lines []string, i int) (postBlock, bool) {
	// cheap shapes first: this runs for every line of a text with emoji
	if i+1 >= len(lines) || strings.ContainsAny(lines[i], "0123456789:") || strings.TrimSpace(lines[i]) == "" ||
		!strings.ContainsAny(lines[i+1], "0123456789") {
		return postBlock{}, false
	}
	name := strings.Join(strings.Fields(stripPictographs(lines[i])), " ")
	if name == "" || len(name) > 60 || strings.ContainsAny(name, "#@") || !hasLetter(name) {
		return postBlock{}, false
	}
	b := postBlock{start: i, name: name}
	k := i + 1
	for ; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
		if k-i > 4 {
			return postBlock{}, false // a block says a few lines
		}
		for _, c := range postCells(lines[k]) {
			key, v, ok := inlinePair(c)
			if !ok || hasKey(b.keys, key) {
				return postBlock{}, false
			}
			b.keys = append(b.keys, key)
			b.cells = append(b.cells, key+" "+v)
		}
	}
	if len(b.cells) < 3 {
		return postBlock{}, false
	}
	b.end = k
	return b, true
}

// postCells parts one line of a block into its cells.
func postCells(l string) []string {
	l = strings.Map(func(r rune) rune {
		if pictograph(r) || r == '·' || r == '•' || r == '|' {
			return ';'
		}
		return r
	}, l)
	l = strings.ReplaceAll(l, ", ", ";")
	var cells []string
	for _, c := range strings.Split(l, ";") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// stripPictographs drops every emoji of s (and any other symbol beside a
// name: a pin, a check mark).
func stripPictographs(s string) string {
	return strings.Map(func(r rune) rune {
		if pictograph(r) || r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// sameKeys: two blocks name the same cells in the same order.
func sameKeys(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}
