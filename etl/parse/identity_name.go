package parse

// The file name is one of the identity's signals. It decides the satker
// only when the text names none; when the text names one and the file name
// another ("lkj-belu-2023.txt" holding the report of KPU Kabupaten Alor),
// the text's is kept, but the disagreement is said, as for the year's
// signals: a file filed under the wrong satker is the likeliest cause of a
// report loaded under the wrong one.

// nameConflict raises dokumen.identitas_konflik when the file name names
// a satker other than the one the text gave.
func (p *parser) nameConflict(satker string) {
	// satkerFromName reads a satker only after "KPU", "KIP" or "Komisi":
	// most names hold none, and are not split and upper-cased for nothing
	if !containsFoldASCII(p.name, "kpu") && !containsFoldASCII(p.name, "kip") && !containsFoldASCII(p.name, "komisi") {
		return
	}
	if id := satkerFromName(p.name); id != "" && id != satker {
		p.find("dokumen.identitas_konflik", "warning", 1, 1, id,
			"nama berkas menyebut satker %s, teks menyebut %s; dipakai %s", id, satker, satker)
	}
}
