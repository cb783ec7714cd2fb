package parse

import (
	"strings"
	"unicode"
)

// Boxed indicator cards abreast (capaian_train.go) may carry a status line
// beside the card's number and name: a lobby screen's weather forecast
// cards (kartu prakiraan cuaca) print the weather the capaian earned, an
// icon and a word, between `IKU n` and the name:
//
//	Cuaca menurut capaian: ☀ CERAH = 100% ke atas, ⛅ CERAH BERAWAN = 90% ke atas, ☁ BERAWAN = di bawah 90%.
//	╭──────────────────────────╮  ╭──────────────────────────╮
//	│ IKU 1                    │  │ IKU 2                    │
//	│ ☀ CERAH                  │  │ ⛅ CERAH BERAWAN          │
//	│                          │  │                          │
//	│ Persentase Partisipasi   │  │ Persentase kesesuaian    │
//	│ Pemilih dalam Pemilu     │  │ Kompetensi Pegawai       │
//	│ Satuan    %              │  │ Satuan    %              │
//	│ Target    80,00          │  │ Target    80,00          │
//	│ Realisasi 83,59          │  │ Realisasi 78,47          │
//	│ Capaian   104,49 %       │  │ Capaian   98,09 %        │
//	╰──────────────────────────╯  ╰──────────────────────────╯
//
// Such a line is no part of the indicator's name (the name is the key of
// the row: a status glued to it loads the row under a wrong key). A line is
// a status, never a word list of weathers, when:
//   - the key above the cards names it: the line's text stands in the few
//     lines above the run's first top, icon-led there or followed by the
//     key's separator (`=`, `:`, `(`, a dash);
//   - or its place says so: the slot it stands in (the title line's rest,
//     the first line after the title, the last line before the figures)
//     holds on every card of the run a short capitals line (one to three
//     words, an icon before them allowed), some of them repeated, each
//     icon-led or set off from the name by a blank line.
// Only those slots are looked at; a name line elsewhere is never a status.

// tkKeyLines: how many lines above a run's first top may hold its key.
const tkKeyLines = 8

// tkSlots are the places a status may stand on a card.
const (
	tkSlotTitle = iota // the rest of the `IKU n` line
	tkSlotFirst        // the first text line after the title
	tkSlotLast         // the last text line before the figures
	tkSlotCount
)

// tkSlot is one card's text at one slot; blank says a blank line sets it
// off from the name.
type tkSlot struct {
	s     string
	blank bool
}

// tkCardSlots reads the status slots of one card's inside; ok false when
// the card has no title.
func tkCardSlots(in []lfCell) (slots [tkSlotCount]tkSlot, ok bool) {
	k := 0
	for k < len(in) && in[k].s == "" {
		k++
	}
	if k == len(in) {
		return slots, false
	}
	m := tkTitle.FindStringSubmatch(in[k].s)
	if m == nil {
		return slots, false
	}
	slots[tkSlotTitle] = tkSlot{s: strings.TrimSpace(m[2]), blank: true}
	var rec frRecord
	first, last := -1, -1
	for j := k + 1; j < len(in); j++ {
		if in[j].s == "" {
			continue
		}
		if lfField(&rec, in[j].s) {
			break
		}
		if first < 0 {
			first = j
		}
		last = j
	}
	if first >= 0 {
		slots[tkSlotFirst] = tkSlot{s: in[first].s, blank: first+1 < len(in) && in[first+1].s == ""}
		slots[tkSlotLast] = tkSlot{s: in[last].s, blank: last > 0 && in[last-1].s == ""}
	}
	return slots, true
}

// tkStatusShaped: one to three words of capitals, an icon (a symbol that is
// no letter, digit or punctuation) before them allowed; icon reports it.
func tkStatusShaped(s string) (shaped, icon bool) {
	f := strings.Fields(s)
	for len(f) > 0 && tkIcon(f[0]) {
		f, icon = f[1:], true
	}
	if len(f) == 0 || len(f) > 3 {
		return false, false
	}
	for _, w := range f {
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false, false
			}
		}
	}
	return true, icon
}

// tkIcon: w is made of symbols (weather signs, emoji and their variation
// selectors), no letter, digit or punctuation.
func tkIcon(w string) bool {
	sym := false
	for _, r := range w {
		switch {
		case unicode.IsSymbol(r):
			sym = true
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || (r >= 0xFE00 && r <= 0xFE0F):
		default:
			return false
		}
	}
	return sym
}

// tkKeyed: the key text names s: s stands there at word bounds, icon-led
// or followed by the key's separator.
func tkKeyed(key, s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len([]rune(s)) > 40 || len(strings.Fields(s)) > 4 || strings.ContainsAny(s, "0123456789") {
		return false
	}
	// a capitals status, or any line led by an icon: a name line of mixed
	// case that prose above happens to hold is never taken.
	shaped, icon := tkStatusShaped(s)
	if !icon {
		icon = tkIcon(strings.Fields(s)[0])
	}
	if !shaped && !icon {
		return false
	}
	ks, ls := key, strings.ToLower(s)
	lk := strings.ToLower(ks)
	for from := 0; from < len(lk); {
		i := strings.Index(lk[from:], ls)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(ls)
		before := i == 0 || !tkWordByte(lk[i-1])
		after := strings.TrimLeft(lk[j:], " ")
		if before && (j == len(lk) || !tkWordByte(lk[j])) {
			if icon || after != "" && strings.ContainsAny(after[:1], "=:(-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") {
				return true
			}
		}
		from = i + 1
	}
	return false
}

// tkWordByte: b continues a word (an ASCII letter or digit, or a byte of a
// longer rune).
func tkWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// tkStatuses: the status lines of a run of cards (see above), keyed by
// their text; key is the text above the run's first top.
func tkStatuses(key string, cards [][]lfCell) map[string]bool {
	var all [][tkSlotCount]tkSlot
	for _, in := range cards {
		if sl, ok := tkCardSlots(in); ok {
			all = append(all, sl)
		}
	}
	out := map[string]bool{}
	for slot := 0; slot < tkSlotCount; slot++ {
		every, seen, repeat := true, map[string]bool{}, false
		for _, sl := range all {
			v := sl[slot]
			if v.s != "" && tkKeyed(key, v.s) {
				out[v.s] = true
			}
			shaped, icon := tkStatusShaped(v.s)
			if !shaped || !icon && !v.blank {
				every = false
				continue
			}
			if seen[v.s] {
				repeat = true
			}
			seen[v.s] = true
		}
		if every && repeat && len(all) >= 2 {
			for _, sl := range all {
				out[sl[slot].s] = true
			}
		}
	}
	return out
}

// tkKeyText: the text of the few lines above line from (a run's first
// top), folded to single spaces.
func tkKeyText(lines []string, from int) string {
	return strings.Join(strings.Fields(strings.Join(lines[max(0, from-tkKeyLines):from], " ")), " ")
}
