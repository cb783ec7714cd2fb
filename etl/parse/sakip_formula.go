package parse

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The SAKIP evaluation's components as the evaluator's formula, its
// symbols defined after it (a Word equation copied, a worksheet's note):
//
//	N = n₁ + n₂ + n₃ + n₄
//	  = 20,40 + 19,85 + 10,50 + 18,19
//	  = 68,94
//	N maks = b₁ + b₂ + b₃ + b₄ = 30,00 + 30,00 + 15,00 + 25,00 = 100,00
//	dengan:
//	  n₁, b₁  nilai dan bobot komponen Perencanaan Kinerja
//	  …
//
// A chain is a line with `=` and `+` and the lines after it opening on
// `=`: a name, the symbols' sum (n₁, n1, n_1, n_{1}, or letters P + U +
// L + E), the figures' sum term by term, the total. The key after the
// chains (`dengan:`, `keterangan:`, `where:`, `di mana:`) names each
// symbol on its line: one component there (kompLineName), perhaps its
// bobot ("P = Perencanaan Kinerja (bobot 30)"). Every symbol must be
// named, each chain's components distinct. Two chains over the same
// components: the weights are the one whose figures sum to 100 and are
// each at least the other's; one chain: the weights are the key's bobots,
// all of them. What proves the card: the figures sum to each chain's
// stated total, the weights to 100, each nilai at most its weight; a card
// failing is reported by the score card loader, never loaded. A budget's
// formula (rupiah figures, no component) or a sentence `N = jumlah
// pemilih` is no chain.

var (
	formulaSymRe = regexp.MustCompile(`^([A-Za-z]{1,3})\s*(?:_?\{?([0-9]{1,2})\}?|([₀-₉]{1,2}))?$`)
	formulaNumRe = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{1,2})?$`)
	formulaKeyRe = regexp.MustCompile(`(?i)^(?:dengan|keterangan|ket\.|where|di\s*mana)\s*:?\s*`)
	formulaSepRe = regexp.MustCompile(`^\s*(?:[:=–-]\s*|\s)`)
)

// formulaChain is one chain read: its symbols and figures in order.
type formulaChain struct {
	syms  []string
	vals  []float64
	total float64
	line  int
}

// formulaSym normalises a symbol ("n₁", "n_1", "n_{1}" → "n1"); "" for none.
func formulaSym(s string) string {
	m := formulaSymRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	d := m[2]
	for _, r := range m[3] {
		d += string(rune('0' + (r - '₀')))
	}
	return m[1] + d
}

func formulaNum(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if !formulaNumRe.MatchString(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v, err == nil
}

// formulaChainAt reads the chain opening at line i; next is the line after it.
// formulaAny is formulaChainAt's first tests on the text's bytes: a line
// with "=" and "+" whose chain (the line and the lines under it opening
// with "=") has three "=". A report with none ("Laki + Perempuan = 208") is
// never split into lines.
func formulaAny(data []byte) bool {
	for len(data) > 0 {
		l, rest := data, []byte(nil)
		if k := bytes.IndexByte(data, '\n'); k >= 0 {
			l, rest = data[:k], data[k+1:]
		}
		data = rest
		if len(l) > 300 || bytes.IndexByte(l, '+') < 0 || bytes.HasPrefix(bytes.TrimSpace(l), []byte("=")) {
			continue
		}
		n := bytes.Count(l, []byte("="))
		if n == 0 {
			continue
		}
		for more, k := rest, 0; k < 4 && len(more) > 0; k++ {
			m := more
			if j := bytes.IndexByte(more, '\n'); j >= 0 {
				m, more = more[:j], more[j+1:]
			} else {
				more = nil
			}
			if !bytes.HasPrefix(bytes.TrimSpace(m), []byte("=")) {
				break
			}
			n += bytes.Count(m, []byte("="))
		}
		if n == 3 {
			return true
		}
	}
	return false
}

func formulaChainAt(lines []string, i int) (c formulaChain, next int, ok bool) {
	l := lines[i]
	if len(l) > 300 || !strings.Contains(l, "=") || !strings.Contains(l, "+") || strings.HasPrefix(strings.TrimSpace(l), "=") {
		return c, i + 1, false
	}
	text, next := l, i+1
	for next < len(lines) && next < i+5 && strings.HasPrefix(strings.TrimSpace(lines[next]), "=") {
		text += " " + lines[next]
		next++
	}
	parts := strings.Split(text, "=")
	if len(parts) != 4 || strings.TrimSpace(parts[0]) == "" || len(parts[0]) > 40 {
		return c, next, false
	}
	syms, nums := strings.Split(parts[1], "+"), strings.Split(parts[2], "+")
	if len(syms) < 2 || len(syms) != len(nums) {
		return c, next, false
	}
	for k := range syms {
		s := formulaSym(syms[k])
		v, okV := formulaNum(nums[k])
		if s == "" || !okV {
			return c, next, false
		}
		c.syms, c.vals = append(c.syms, s), append(c.vals, v)
	}
	t, okT := formulaNum(parts[3])
	if !okT {
		return c, next, false
	}
	c.total, c.line = t, i
	return c, next, true
}

// formulaKeyLine reads a key's line: its symbols, the component it names
// and the bobot it states (0 for none).
func formulaKeyLine(l string) (syms []string, comp, name string, bobot float64, ok bool) {
	s := strings.TrimLeft(strings.TrimSpace(l), "-•*· ")
	for {
		k := 0
		for k < len(s) && s[k] != ',' && s[k] != ' ' && s[k] != ':' && s[k] != '=' {
			k++
		}
		sym := formulaSym(s[:k])
		if sym == "" {
			break
		}
		syms = append(syms, sym)
		s = s[k:]
		if t := strings.TrimLeft(s, " "); strings.HasPrefix(t, ",") {
			s = strings.TrimLeft(t[1:], " ")
			continue
		}
		break
	}
	m := formulaSepRe.FindString(s)
	if len(syms) == 0 || m == "" && s != "" {
		return nil, "", "", 0, false
	}
	desc := s[len(m):]
	for _, mm := range kompLineName.FindAllString(desc, -1) {
		c := komponenOf(mm)
		if c == "" || comp != "" && c != comp {
			return nil, "", "", 0, false
		}
		comp, name = c, mm
	}
	if comp == "" {
		return nil, "", "", 0, false
	}
	var found bool
	if !kompLineOne(kompLineBobot, desc, &bobot, &found) {
		return nil, "", "", 0, false
	}
	return syms, comp, name, bobot, true
}

// formulaCards finds each group of chains and its key in data and appends
// their score cards to cards; the text is left as written.
func formulaCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !docMay(doc, data, " + ") || !docHasAny(doc, data, "engan", "ETERANGAN", "eterangan", "here", "mana", "Ket.", "ket.") {
		return data
	}
	if !formulaAny(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		c, next, ok := formulaChainAt(lines, i)
		if !ok {
			continue
		}
		chains := []formulaChain{c}
		j := next
		for gap := 0; j < len(lines) && gap <= 2; j++ {
			if strings.TrimSpace(lines[j]) == "" {
				gap++
				continue
			}
			c2, n2, ok2 := formulaChainAt(lines, j)
			if !ok2 {
				break
			}
			chains, gap, j = append(chains, c2), 0, n2-1
		}
		if card, end, ok := formulaCard(lines, chains, j); ok {
			*cards = append(*cards, card)
			i = end
		} else {
			i = j - 1
		}
	}
	return data
}

// formulaCard reads the key at line j (after the chains) and builds the
// card; end is the key's last line.
func formulaCard(lines []string, chains []formulaChain, j int) (card scoreCard, end int, ok bool) {
	if len(chains) > 2 || j >= len(lines) {
		return card, j, false
	}
	head := formulaKeyRe.FindString(strings.TrimSpace(lines[j]))
	if head == "" {
		return card, j, false
	}
	type named struct {
		comp, name string
		bobot      float64
		line       int
	}
	key := map[string]named{}
	read := func(l string, at int) bool {
		syms, comp, name, bobot, ok := formulaKeyLine(l)
		if !ok {
			return false
		}
		for _, s := range syms {
			if _, dup := key[s]; dup {
				return false
			}
			key[s] = named{comp, name, bobot, at}
		}
		return true
	}
	end = j
	if rest := strings.TrimSpace(lines[j])[len(head):]; rest != "" && !read(rest, j) {
		return card, j, false
	}
	for k := j + 1; k < len(lines) && k <= j+8; k++ {
		if !read(lines[k], k) {
			break
		}
		end = k
	}
	// each chain's symbols named, its components distinct
	comps := make([][]named, len(chains))
	for ci, ch := range chains {
		seen := map[string]bool{}
		for _, s := range ch.syms {
			n, ok := key[s]
			if !ok || seen[n.comp] {
				return card, end, false
			}
			seen[n.comp] = true
			comps[ci] = append(comps[ci], n)
		}
	}
	vals, weights := chains[0], map[string]float64{}
	proofs := ""
	if len(chains) == 2 {
		if len(chains[0].syms) != len(chains[1].syms) {
			return card, end, false
		}
		covers := func(a, b int) bool { // chain b's figures are chain a's weights
			w := map[string]float64{}
			sum := 0.0
			for k, n := range comps[b] {
				w[n.comp] = chains[b].vals[k]
				sum += chains[b].vals[k]
			}
			if !cardClose(sum, 100, 0) {
				return false
			}
			for k, n := range comps[a] {
				if wv, ok := w[n.comp]; !ok || chains[a].vals[k] > wv+1e-9 {
					return false
				}
			}
			return true
		}
		ab, ba := covers(0, 1), covers(1, 0)
		if ab == ba {
			return card, end, false // neither or both read as the weights: not proven
		}
		wi := 1
		if ba {
			vals, wi = chains[1], 0
			comps[0], comps[1] = comps[1], comps[0]
		}
		sum := 0.0
		for k, n := range comps[1] {
			weights[n.comp] = chains[wi].vals[k]
			sum += chains[wi].vals[k]
		}
		if math.Abs(sum-chains[wi].total) >= 0.005 {
			proofs = "bobot komponen tidak berjumlah total rumusnya"
		}
	} else {
		for _, n := range comps[0] {
			if n.bobot <= 0 {
				return card, end, false // no weight stated: nothing proves the values
			}
			weights[n.comp] = n.bobot
		}
	}
	sumN, sumW := 0.0, 0.0
	for k, n := range comps[0] {
		w := weights[n.comp]
		card.comps = append(card.comps, cardPair{name: n.name, id: n.comp, a: vals.vals[k], b: w, line: n.line})
		sumN += vals.vals[k]
		sumW += w
		if vals.vals[k] > w+1e-9 {
			proofs = "nilai komponen melebihi bobotnya"
		}
	}
	switch {
	case math.Abs(sumW-100) > 0.005:
		proofs = "bobot komponen tidak berjumlah 100"
	case math.Abs(sumN-vals.total) >= 0.005:
		proofs = "nilai komponen tidak berjumlah nilai akhir rumusnya"
	}
	score := vals.total
	card.score, card.scoreLine = &score, vals.line
	card.from, card.to = chains[0].line, end
	card.nilaiFirst, card.proofs = true, proofs
	card.years, _, card.caption = cardYearsAbove(lines, chains[0].line)
	return card, end, true
}
