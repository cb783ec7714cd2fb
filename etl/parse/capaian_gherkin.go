package parse

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a Gherkin feature file (the acceptance tests of a
// monitoring application, typed again), one scenario an indicator, in
// Indonesian or in English:
//
//	# language: id
//	Fitur: Capaian indikator kinerja tahun 2023
//	  Skenario: IKK 01 - Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu
//	    Dengan target "100,00" dalam satuan "%"
//	    Ketika realisasi tahun 2023 tercatat "100,00"
//	    Maka capaian kinerja adalah "100,00" persen
//	    Dan status indikator "tercapai"
//
// or a Scenario Outline whose steps hold placeholders and whose Examples
// (Contoh) pipe table gives one indicator a row:
//
//	Scenario Outline: <indicator>
//	  Given the target is "<target>" in "<unit>"
//	  When the realisation is "<actual>"
//	  Then the achievement is "<achievement>" percent
//	  Examples:
//	    | indicator | target | unit | actual | achievement |
//
// What gherkinFeatures trusts:
//   - the structure: a scenario keyword line (Skenario, Scenario, their
//     outline forms) followed by step lines (Dengan/Ketika/Maka/Dan/Tapi,
//     Given/When/Then/And/But, `*`), a blank line or a comment between;
//   - the roles by meaning, not by the step keyword (steps may come in any
//     order): each quoted value (or <placeholder>) takes the role of the
//     last role word before it in its step — target, realisasi (tercatat,
//     realisation, actual), capaian (achievement), satuan (unit); a key
//     near the file (`Word = target|realisasi|capaian`) adds words. A value
//     after `tahun`/`year` is a year, a `status` value no fact;
//   - the indicator from the scenario title (its code `IKK 01 -` cut), or
//     in an outline from the title's placeholders or an indicator column;
//     at least one title starts an indicator (startsIndicator), so a real
//     feature file (a login page, a cart) gives nothing;
//   - arithmetic: tkEmit proves realisasi/target against the capaian (a
//     grade pair as written) as the drawn readers do; a scenario failing is
//     reported and not loaded.
// A run of scenarios becomes one TAB table (No, indicator, unit, target,
// realisasi, capaian) over the scenarios' lines; the Fitur line and its
// narrative stay text and are no facts.

var (
	// gkScen: a scenario's keyword line and its title.
	gkScen = regexp.MustCompile(`^\s*(Skenario(?: Outline| [Kk]onsep| [Tt]emplat)?|Garis[- ][Bb]esar [Ss]kenario|Scenario(?: Outline| Template)?|Example)\s*:\s*(.*?)\s*$`)
	// gkExamples: an outline's examples heading.
	gkExamples = regexp.MustCompile(`^\s*(?:Contoh|Misal|Examples|Scenarios)\s*:\s*$`)
	// gkValue: a quoted value or a placeholder (quoted or not).
	gkValue = regexp.MustCompile(`"([^"]*)"|<([^<>]+)>`)
	// gkCode: an indicator's code before its name: `IKK 01 -`, `IKU 2:`, `3.`.
	gkCode = regexp.MustCompile(`^(?:(?:[A-Z]{2,5}|[Ii]ndikator|[Ii]ndicator)\s*[-.]?\s*\d{1,3}(?:\.\d{1,3})*\s*[-–—:.)]\s*|\d{1,3}\s*[-–—:.)]\s*)`)
	// gkKey: a key's entry, `Word = target|realisasi|capaian`.
	gkKey = regexp.MustCompile(`(?i)(\pL+)\s*=\s*(target|realisasi|capaian)\b`)
)

// gkSteps: the step keywords, Indonesian and English.
var gkSteps = map[string]bool{
	"dengan": true, "diketahui": true, "diasumsikan": true, "bila": true, "jika": true,
	"ketika": true, "maka": true, "kemudian": true, "dan": true, "tapi": true, "tetapi": true,
	"given": true, "when": true, "then": true, "and": true, "but": true, "*": true,
}

// gkWords: role words in a step's text. 'y' a year, 's' a status (no fact).
var gkWords = map[string]byte{
	"target": 't', "targetnya": 't',
	"realisasi": 'r', "realisasinya": 'r', "tercatat": 'r', "realisation": 'r', "realization": 'r', "actual": 'r', "recorded": 'r',
	"capaian": 'c', "capaiannya": 'c', "achievement": 'c', "attainment": 'c',
	"satuan": 'u', "unit": 'u',
	"tahun": 'y', "year": 'y',
	"status": 's',
}

// gkScenario is one scenario as read from the lines.
type gkScenario struct {
	title string
	line  int
	steps []string   // the text after each step keyword
	ex    [][]string // an outline's examples, the header first
	why   string
}

// gkGate: the text holds a scenario keyword (index first, then bytes).
func gkGate(doc *facts.Document, data []byte) bool {
	return docHasAny(doc, data, "Skenario", "Scenario", "skenario")
}

// gkStepText: the text after a step keyword, ok false when l is no step.
func gkStepText(l string) (string, bool) {
	t := strings.TrimSpace(l)
	k := strings.IndexByte(t, ' ')
	if k < 0 {
		return "", false
	}
	if !gkSteps[strings.ToLower(t[:k])] {
		return "", false
	}
	return strings.TrimSpace(t[k+1:]), true
}

// gkCells splits a pipe row `| a | b |` into its cells.
func gkCells(l string) []string {
	t := strings.TrimSpace(l)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	cells := strings.Split(t, "|")
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

// gkRead reads the scenario whose keyword line is lines[i]; the line
// after its last step or example.
func gkRead(lines []string, i int) (gkScenario, int) {
	m := gkScen.FindStringSubmatch(lines[i])
	s := gkScenario{title: m[2], line: i + 1}
	inEx := false
	end := i + 1
	for j := i + 1; j < len(lines) && j-i <= 60; j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
			continue // a blank line or a comment: the next line decides
		case gkExamples.MatchString(t):
			inEx = true
		case strings.HasPrefix(t, "|"):
			if !inEx {
				if s.why == "" {
					s.why = "tabel data langkah"
				}
			} else {
				s.ex = append(s.ex, gkCells(t))
			}
		default:
			st, ok := gkStepText(t)
			if !ok || inEx {
				return s, end
			}
			s.steps = append(s.steps, st)
		}
		end = j + 1
	}
	return s, end
}

// gkSlot is one value of a scenario: its role and text, a placeholder's
// name, and whether a percent sign or word follows it.
type gkSlot struct {
	role   byte
	val    string
	holder string
	pct    bool
}

// gkSlots reads a step's values with their roles.
func gkSlots(step string, key map[string]byte) []gkSlot {
	var out []gkSlot
	prev := 0
	for _, loc := range gkValue.FindAllStringSubmatchIndex(step, -1) {
		var role byte
		ws := strings.FieldsFunc(step[prev:loc[0]], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for k, w := range ws {
			w = strings.ToLower(w)
			if r, ok := key[w]; ok {
				role = r
			} else if r, ok := gkWords[w]; ok && (r != 'y' || k == len(ws)-1) {
				role = r // a year word only names the value right after it
			}
		}
		sl := gkSlot{role: role}
		if loc[2] >= 0 {
			sl.val = strings.TrimSpace(step[loc[2]:loc[3]])
			if h := gkValue.FindStringSubmatch(sl.val); h != nil && h[2] != "" && h[0] == sl.val {
				sl.holder, sl.val = strings.ToLower(strings.TrimSpace(h[2])), ""
			}
		} else {
			sl.holder = strings.ToLower(strings.TrimSpace(step[loc[4]:loc[5]]))
		}
		after := strings.TrimSpace(step[loc[1]:])
		sl.pct = strings.HasPrefix(after, "%") || gkPercentWord(after)
		out = append(out, sl)
		prev = loc[1]
	}
	return out
}

func gkPercentWord(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && (f[0] == "persen" || f[0] == "percent" || f[0] == "%")
}

// gkName: a scenario title's indicator, its code cut.
func gkName(title string) string {
	return strings.Join(strings.Fields(gkCode.ReplaceAllString(strings.TrimSpace(title), "")), " ")
}

// gkFill fills a record from slots with values in row (an outline's
// example, nil for a plain scenario); why when the roles do not fit.
func gkFill(rec *frRecord, slots []gkSlot, row map[string]string) string {
	pct := false
	var tu string
	for _, sl := range slots {
		v := sl.val
		if sl.holder != "" {
			x, ok := row[sl.holder]
			if !ok {
				return "nilai <" + sl.holder + "> tanpa contoh"
			}
			v = x
		}
		switch sl.role {
		case 't':
			if rec.hasT {
				return "target dua kali"
			}
			rec.t, rec.hasT = v, true
			if sl.pct {
				tu = "%"
			}
		case 'r':
			if rec.hasR {
				return "realisasi dua kali"
			}
			rec.r, rec.hasR = v, true
			if sl.pct {
				pct = true
			}
		case 'c':
			if rec.hasC {
				return "capaian dua kali"
			}
			rec.c, rec.hasC = v, true
		case 'u':
			if rec.unit != "" {
				return "satuan dua kali"
			}
			rec.unit = v
		}
	}
	if rec.unit == "" && (tu != "" || pct) {
		rec.unit = "%"
	}
	if !rec.hasT || !rec.hasR || !rec.hasC {
		return "skenario tanpa target, realisasi atau capaian"
	}
	return ""
}

// gkRecords turns one scenario into records (one, or one an example).
func gkRecords(s gkScenario, key map[string]byte, n *int) ([]tkRead, int) {
	var slots []gkSlot
	for _, st := range s.steps {
		slots = append(slots, gkSlots(st, key)...)
	}
	named := 0
	one := func(title string, row map[string]string) tkRead {
		*n++
		rec := &frRecord{n: *n, line: s.line, name: gkName(title)}
		why := s.why
		if why == "" {
			why = gkFill(rec, slots, row)
		}
		if why == "" && startsIndicator(rec.name) {
			named++
		}
		if why == "" && (rec.name == "" || !startsIndicator(rec.name)) {
			why = "judul skenario bukan indikator"
		}
		return tkRead{rec, why, s.line}
	}
	if len(s.ex) == 0 {
		return []tkRead{one(s.title, nil)}, named
	}
	// an outline: the title's placeholders (or an indicator column) name
	// each example.
	head := s.ex[0]
	var out []tkRead
	for _, cells := range s.ex[1:] {
		if len(cells) != len(head) {
			continue
		}
		row := map[string]string{}
		for k, h := range head {
			row[strings.ToLower(h)] = cells[k]
		}
		title := gkValue.ReplaceAllStringFunc(s.title, func(h string) string {
			return row[strings.ToLower(strings.TrimSpace(strings.Trim(h, `"<>`)))]
		})
		if !gkValue.MatchString(s.title) {
			title = ""
			for _, c := range [...]string{"indikator", "indikator kinerja", "indicator", "nama indikator"} {
				if v, ok := row[c]; ok {
					title = v
				}
			}
		}
		out = append(out, one(title, row))
	}
	return out, named
}

// gkKeyRoles reads a key in the few lines before from and after to.
func gkKeyRoles(lines []string, from, to int) map[string]byte {
	text := tkKeyText(lines, from) + " " + strings.Join(lines[to:min(len(lines), to+4)], " ")
	out := map[string]byte{}
	for _, m := range gkKey.FindAllStringSubmatch(text, -1) {
		out[strings.ToLower(m[1])] = strings.ToLower(m[2])[0]
	}
	return out
}

// gherkinFeatures rewrites each run of scenarios of a text as one TAB
// table; data itself when it holds none. Findings go to doc.
func gherkinFeatures(doc *facts.Document, data []byte) []byte {
	if !gkGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !gkScen.MatchString(lines[i]) {
			continue
		}
		from := i
		var scens []gkScenario
		to := i + 1
		for i < len(lines) && gkScen.MatchString(lines[i]) {
			s, end := gkRead(lines, i)
			scens = append(scens, s)
			to = end
			// the next scenario: after blank lines, tags or comments.
			i = end
			for i < len(lines) && i-end < 4 {
				t := strings.TrimSpace(lines[i])
				if t != "" && !strings.HasPrefix(t, "@") && !strings.HasPrefix(t, "#") {
					break
				}
				i++
			}
		}
		i = to - 1
		key := gkKeyRoles(lines, from, to)
		var recs []tkRead
		named, n := 0, 0
		for _, s := range scens {
			rs, k := gkRecords(s, key, &n)
			recs = append(recs, rs...)
			named += k
		}
		if named == 0 {
			continue // a real feature file: a login page, a cart
		}
		if tkEmit(doc, lines, from, to, recs, "skenario fitur") {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
