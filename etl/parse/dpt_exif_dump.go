package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A DPT typed again as a tool's per-file metadata dump: the photographs
// (or scans, videos, PDFs) of each kecamatan's recap sheet, their figures
// written into a free-text tag, and the tool's listing of the folder:
//
//	======== /arsip/foto/rekap/IMG_0931.jpg
//	File Name                       : IMG_0931.jpg
//	Camera Model Name               : SM-A505F
//	Image Description               : Rekap DPT Kec. A - desa/kel 13, TPS 98, L 19.012, P 18.373, jumlah 37.385
//	======== /arsip/foto/rekap/IMG_0935.jpg
//	…
//
// exiftool (its "========" separators, "-G" group prefixes "[EXIF]"),
// mediainfo ("Complete name : …"), identify -verbose ("Image: …"), stat
// ("File: …"), pdfinfo over several files, Windows "Properties" as text:
// one block an object, `Name : value` lines. A block ends at the tool's
// separator or where the key that opened it comes again.
//
// What the reader trusts: nothing of the tool's own (file names, dates,
// camera, exposure, GPS numbers are no facts). In each block it takes the
// first tag value that reads as one DPT item ("Kec. A: L …, P …, jumlah
// …" or "… Kec. A - desa/kel …, L …, P …, jumlah …": the area's place word,
// the counts named by their label words) and writes the items one a line
// where the dump stood, so the items reader (dpt_items.go) reads them as
// any roll of items: L + P = total proves each, the kabupaten's item is
// the one its label names as the whole or whose figures are the others'
// sums. A dump whose blocks carry no such value (holiday photos, videos)
// is left as it was.

// reExifKV is a dump's `Name : value` line: an optional group prefix
// ("[EXIF]", "[File:System]"), a tag name of words, the colon after
// optional padding.
var reExifKV = regexp.MustCompile(`^\s*(?:\[[\w:. -]{1,30}\]\s+)?([A-Za-z][\w/()#.' -]{0,48}?)\s*:(?:\s(.*))?$`)

// exifOpenKeys are the tags a dump opens an object's block with (its
// file's name); a block ends where its opening key comes again.
var exifOpenKeys = [...]string{"file name", "filename", "sourcefile", "complete name", "file", "image", "nama file", "name", "nama"}

// exifGateWords: a dump of several objects shows one of these.
var exifGateWords = [...]string{"========", "File Name", "FileName", "SourceFile", "Complete name", "File:", "Image:", "Nama File", "Name:", "Nama:"}

// exifDumps rewrites each metadata dump holding a DPT item a block into
// the items, one a line.
func exifDumps(doc *facts.Document, data []byte) []byte {
	gate := false
	for _, w := range exifGateWords {
		if docMay(doc, data, w) {
			gate = true
			break
		}
	}
	if !gate {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i], ":") && !exifSep(lines[i]) {
			continue // cheap: most lines hold no colon
		}
		if !exifSep(lines[i]) && !reExifKV.MatchString(lines[i]) {
			continue
		}
		end := exifRun(lines, i)
		if end-i >= 2*dptItemMin && exifRewrite(lines[i:end]) {
			changed = true
		}
		i = max(i, end-1)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// exifSep: l is a dump's separator line ("======== /path/file.jpg").
func exifSep(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "========")
}

// exifRun is the end (exclusive) of the run of separator and `Name :
// value` lines opening at lines[i]; a blank line or a section's heading
// ("General", "Video" in mediainfo) goes on with it when such a line
// follows.
func exifRun(lines []string, i int) int {
	j := i
	for j < len(lines) {
		if exifSep(lines[j]) || reExifKV.MatchString(lines[j]) {
			j++
			continue
		}
		k := j
		for k < len(lines) && k-j < 3 && exifGap(lines[k]) {
			k++
		}
		if k == j || k >= len(lines) || !(exifSep(lines[k]) || reExifKV.MatchString(lines[k])) {
			break
		}
		j = k
	}
	for j > i && strings.TrimSpace(lines[j-1]) == "" {
		j--
	}
	return j
}

// exifGap: l may stand between two blocks of a dump: blank, or a short
// section heading of letters alone.
func exifGap(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return true
	}
	if len(t) > 24 || strings.ContainsAny(t, ":0123456789") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isLetterByte(t[i]) && t[i] != ' ' && t[i] != '#' {
			return false
		}
	}
	return true
}

// exifRewrite writes the items of the dump run (its lines rewritten in
// place, the count of lines kept: the items on its first lines, blanks
// after) when at least dptItemMin of its blocks carry one; it reports
// whether it did. A block opens at a separator or at the run's opening
// tag (the file's name) coming again; a run with neither is no dump.
func exifRewrite(run []string) bool {
	var blocks [][]string // each block's values
	openKey := ""
	for _, l := range run {
		if exifSep(l) {
			blocks = append(blocks, nil)
			continue
		}
		m := reExifKV.FindStringSubmatch(l)
		if m == nil {
			continue // a gap between blocks
		}
		key := strings.ToLower(strings.TrimSpace(m[1]))
		if openKey == "" && exifOpenKey(key) {
			openKey = key
		}
		if key == openKey && (len(blocks) == 0 || len(blocks[len(blocks)-1]) > 0) {
			blocks = append(blocks, nil) // not after a separator: the tag opens the block itself
		}
		if len(blocks) == 0 {
			continue // the dump's own head
		}
		blocks[len(blocks)-1] = append(blocks[len(blocks)-1], strings.TrimSpace(m[2]))
	}
	var items []string
	for _, vs := range blocks {
		if s := exifBlockItem(vs); s != "" {
			items = append(items, "• "+s)
		}
	}
	if len(blocks) < dptItemMin || len(items) < dptItemMin || len(items) > len(run) {
		return false
	}
	for k := range run {
		run[k] = ""
		if k < len(items) {
			run[k] = items[k]
		}
	}
	return true
}

// exifBlockItem is the DPT item of one block's tag values: the first value
// that holds one whole, or else the counts of one value (no area named in
// it) under the area another value names ("Keywords : DPT, Kec. Alok",
// "User Comment : L 7.210, P 7.305, jumlah 14.515"); "" when none.
func exifBlockItem(vs []string) string {
	area, bare := "", ""
	for _, v := range vs {
		if area == "" {
			area = captionArea(strings.ReplaceAll(v, ",", " , "))
		}
		if !dptItemWords(v) {
			continue
		}
		if s := exifItem(v); s != "" {
			return s
		}
		if bare == "" && !strings.Contains(v, ": ") {
			bare = v
		}
	}
	if area == "" || bare == "" {
		return ""
	}
	s := "Kecamatan " + area + ": " + bare
	if _, ok, _ := dptItemOf(s); ok {
		return s
	}
	return ""
}

// exifPlaceWord: w names an area's office or the area itself.
func exifPlaceWord(w string) bool {
	switch strings.ToLower(w) {
	case "kec.", "kec", "kecamatan", "ppk", "distrik", "kab.", "kabupaten":
		return true
	}
	return false
}

// exifOpenKey: k is a tag a dump opens an object's block with.
func exifOpenKey(k string) bool {
	for _, w := range exifOpenKeys {
		if k == w {
			return true
		}
	}
	return false
}

// exifItem is the DPT item a free-text tag value holds, written "label:
// counts" with the label from its place word on; "" when it holds none
// that reads as a proven item (L + P = total): a sheet whose sum is wrong
// stays in the dump, unread.
func exifItem(v string) string {
	// the label ends at the first colon or dash before any figure
	cut, width := -1, 0
	for _, d := range [...]string{": ", " - ", " – ", " — ", " | "} {
		if k := strings.Index(v, d); k > 0 && (cut < 0 || k < cut) {
			cut, width = k, len(d)
		}
	}
	if cut < 0 || strings.ContainsAny(v[:cut], "0123456789") {
		return ""
	}
	label, rest := strings.TrimSpace(v[:cut]), strings.TrimSpace(v[cut+width:])
	ws := strings.Fields(label)
	for k, w := range ws {
		if exifPlaceWord(w) {
			// "Rekap DPT Kec. A", "Pleno PPK A": the title before the place
			// word is none of the name; the area's office is the area
			switch strings.ToLower(w) {
			case "kab.", "kabupaten":
			default:
				ws[k] = "Kecamatan"
			}
			label = strings.Join(ws[k:], " ")
			break
		}
	}
	s := label + ": " + rest
	if _, ok, _ := dptItemOf(s); ok {
		return s
	}
	return ""
}
