package parse

import "strings"

// dptSexRole is the role of a DPT header that names voters' sexes: roleL
// or roleP when it names one sex, roleLP when it names both ("Laki-laki
// dan Perempuan", "Male + Female"), roleNone for a share ("% L",
// "Persentase Perempuan"); false when it names no sex (the other rules
// decide). It is asked before the words that open a total
// ("Jumlah Pemilih", "Total", "Jml"), because those words also open a
// sex's column: "Jumlah Pemilih Laki-laki" counts the men only, and
// reading it as the total would load the men's count as every voter's.
// k is the header as normalize.Key gives it, padded with spaces; raw its
// letters upper-cased without spaces.
func dptSexRole(k, raw string) (int, bool) {
	if has(k, "tps", "desa", "kel", "kelurahan", "polling station", "polling stations", "village", "villages") {
		return roleNone, false // a count of places, whatever its words
	}
	male := strings.Contains(k, " laki") || has(k, "l", "lk", "pria", "male", "men")
	female := has(k, "p", "pr", "perempuan", "wanita", "female", "women")
	switch {
	case !male && !female:
		return roleNone, false
	case strings.Contains(raw, "%") || has(k, "persentase", "prosentase", "persen", "rasio", "percentage", "percent", "share", "ratio"):
		return roleNone, true // a sex's share, never its count
	case male && female:
		return roleLP, true
	case male:
		return roleL, true
	}
	return roleP, true
}
