package parse

import (
	"bytes"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Threads. An office posting its roll as a thread (X, Threads, Mastodon)
// puts several areas in one post, each block headed by its name with the
// first cells after a colon, the rest on the lines under it:
//
//	📍 Kota Komba: 14 desa/kel · 51 TPS
//	   L 6.020 | P 6.180 | Total 12.200
//
// and frames every post with furniture: the account's name, @handle and
// date, the post's number ("2/9"), the reply/repost/like/view counters
// ("💬 4 🔁 17 ♡ 53 📊 1,2 rb"). Such a headed block is one more shape of
// a post block (post_blocks.go): read into the same name and named cells,
// and the run of blocks goes on across the furniture between posts, which
// is blanked (it is no text). A reply under the thread holds no block and
// stays prose.
//
// A PDF printed from such a thread by a font without colour emoji may write
// each emoji U+1Fxxx as the Greek Extended letter U+1Fxx (its ToUnicode map
// loses the last hex digit): a lone such letter is read as the emoji it was.

// readHeadedBlock reads the block whose head "name: cells" is on line i.
func readHeadedBlock(lines []string, i int) (postBlock, bool) {
	if i >= len(lines) {
		return postBlock{}, false
	}
	l := lines[i]
	c := strings.Index(l, ": ")
	if c < 0 && strings.HasSuffix(strings.TrimSpace(l), ":") {
		c = strings.LastIndexByte(l, ':')
	}
	if c <= 0 || strings.ContainsAny(l[:c], "0123456789#@") {
		return postBlock{}, false
	}
	name := strings.Join(strings.Fields(threadUnmark(l[:c])), " ")
	if name == "" || len(name) > 60 || !hasLetter(name) || strings.ContainsAny(name, "()[]") {
		return postBlock{}, false
	}
	b := postBlock{start: i, name: name}
	if !b.addCells(l[c+1:]) {
		return postBlock{}, false
	}
	k := i + 1
	for ; k < len(lines) && k-i <= 3; k++ {
		// the cells under the head, up to a blank line, the next head or
		// any other line
		if strings.TrimSpace(lines[k]) == "" || strings.Contains(lines[k], ": ") || !b.addCells(lines[k]) {
			break
		}
	}
	if len(b.cells) < 3 {
		return postBlock{}, false
	}
	b.end = k
	return b, true
}

// addCells adds the named cells of one line of a headed block; false when
// a piece of it is no named cell (or names one twice).
func (b *postBlock) addCells(l string) bool {
	keys, cells := b.keys, b.cells
	for _, c := range postCells(threadUnmarkAll(l)) {
		key, v, ok := threadPair(c)
		if !ok || hasKey(keys, key) {
			return false
		}
		keys = append(keys, key)
		cells = append(cells, key+" "+v)
	}
	b.keys, b.cells = keys, cells
	return true
}

// threadPair reads one named cell, the list's comma or the sentence's stop
// after it dropped; "Total 207.646 pemilih": the count's noun after the
// figure of a named cell says what is counted, no second value.
func threadPair(c string) (key, val string, ok bool) {
	c = strings.TrimRight(strings.TrimSpace(c), ",.;")
	if k, v, ok := inlinePair(c); ok {
		return k, v, true
	}
	ws := strings.Fields(c)
	if len(ws) < 3 || !inlineKeys[strings.ToLower(ws[len(ws)-1])] || inlineValue(ws[0]) {
		return "", "", false
	}
	return inlinePair(strings.Join(ws[:len(ws)-1], " "))
}

// postFurniture: a line of a post's frame (header, number, counters).
func postFurniture(l string) bool {
	t := strings.TrimSpace(threadUnmarkAll(l))
	if t == "" {
		return strings.TrimSpace(l) != "" // marks alone
	}
	ws := strings.Fields(t)
	if len(ws) == 1 {
		// the post's number: "2/9", "(2/9)"
		n, d, ok := strings.Cut(strings.Trim(ws[0], "()[]"), "/")
		return ok && n != "" && d != "" && len(n) <= 2 && len(d) <= 2 && allDigits(n) && allDigits(d)
	}
	if len(ws) <= 12 {
		for _, w := range ws {
			// the header: the account's @handle beside its name and the date
			if len(w) > 1 && w[0] == '@' && !strings.Contains(t, ": ") {
				return true
			}
		}
	}
	// the counters: figures and their count words, marks between them
	// (a line of bare figures is no post's counters)
	figs, named := 0, t != strings.TrimSpace(l)
	for _, w := range ws {
		switch {
		case allDigits(strings.NewReplacer(",", "", ".", "").Replace(w)):
			figs++
		case w == "·":
		case counterWords[strings.ToLower(w)]:
			named = true
		default:
			return false
		}
	}
	return figs >= 2 && named
}

// counterWords follow a post's counters: thousands, millions, and the
// counted things of a page's counters.
var counterWords = map[string]bool{"rb": true, "ribu": true, "k": true, "jt": true, "m": true, "komentar": true,
	"balasan": true, "suka": true, "dibagikan": true, "kali": true, "tayangan": true, "replies": true,
	"reposts": true, "likes": true, "views": true, "comments": true, "shares": true}

// threadMark: an emoji, a symbol before a name, or the Greek Extended
// letter a broken PDF map writes for an emoji (only when it stands alone).
func threadMark(r rune) bool {
	return pictograph(r) || r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r)
}

// threadUnmark drops the marks a head opens with.
func threadUnmark(s string) string {
	for {
		s = strings.TrimLeft(s, " \t")
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !threadMark(r) && !lostEmoji(s, n) {
			return s
		}
		s = s[n:]
	}
}

// threadUnmarkAll writes every mark of s as a space.
func threadUnmarkAll(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '·' && r != '•' && (threadMark(r) || lostEmoji(s[i:], n) && (i == 0 || s[i-1] == ' ')) {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// lostEmoji: s opens with a lone Greek Extended letter (n bytes) followed by
// a space or the end.
func lostEmoji(s string, n int) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x1F00 && r <= 0x1FFF && (len(s) == n || s[n] == ' ')
}

// threadLikely: two heads "name: cells" of a thread's blocks, looked for on
// the lines holding sep, without a copy of the text.
func threadLikely(data, sep []byte) bool {
	n, last := 0, -1
	for from, to := range sepLines(data, sep) {
		if n >= postBlockMin {
			break
		}
		hFrom, hTo := from, to
		if bytes.Index(data[from:to], []byte(": ")) < 0 && from >= 1 {
			hFrom, hTo = lineSpan(data, from-1) // the cells under the head
		}
		h := bytes.TrimRight(data[hFrom:hTo], " \t\r")
		if hFrom == last || bytes.Index(h, []byte(": ")) < 0 && !bytes.HasSuffix(h, []byte(":")) {
			continue // no head: nothing to copy
		}
		lines := []string{string(data[hFrom:hTo])}
		for e := hTo; e+1 < len(data) && len(lines) < 4; {
			// the head and the lines of cells under it
			_, nt := lineSpan(data, e+1)
			lines, e = append(lines, string(data[e+1:nt])), nt
		}
		if _, ok := readHeadedBlock(lines, 0); ok {
			n, last = n+1, hFrom
		}
	}
	return n >= postBlockMin
}

// sepLines yields the span [from, to) of each line of data holding sep,
// without a copy.
func sepLines(data, sep []byte) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], sep)
			if k < 0 {
				return
			}
			from, to := lineSpan(data, i+k)
			i = to
			if !yield(from, to) {
				return
			}
		}
	}
}
