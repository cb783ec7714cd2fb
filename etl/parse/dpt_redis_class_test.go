package parse

import (
	"strconv"
	"strings"
	"testing"
)

// redisDoc sets a session's lines under a caption in a report whose other
// tables are TAB tables.
func redisDoc(caption string, session ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Salinan layar: sesi klien basis data kunci-nilai - diketik ulang]", ""}
	out = append(out, session...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// hgetall is one HGETALL command and its numbered reply of field/value pairs.
func hgetall(prompt, key string, pairs ...string) []string {
	out := []string{strings.TrimSpace(prompt + " HGETALL " + key)}
	for i, p := range pairs {
		out = append(out, strings.Repeat(" ", max(0, 2-len(strconv.Itoa(i+1))))+strconv.Itoa(i+1)+`) "`+p+`"`)
	}
	return out
}

func joinAll(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestRedisDPTClass: a DPT as a key-value store's session, a hash a place:
// fields paired with values by the reply's order, roles from the field
// names, the place from a name field or the key's last segment, the
// kabupaten's hash proven by the sums; the election from the caption.
func TestRedisDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	const p = "127.0.0.1:6379>"
	// numbered HGETALL, a name field, the kabupaten's hash last
	named := redisDoc(cap24, joinAll(
		hgetall(p, "dpt:pemilu2024:kec:01", "kecamatan", "ALOK", "desa", "12", "tps", "60", "laki", "7.210", "perempuan", "7.305", "jumlah", "14.515"),
		hgetall(p, "dpt:pemilu2024:kec:02", "kecamatan", "NITA", "desa", "12", "tps", "41", "laki", "4.120", "perempuan", "4.033", "jumlah", "8.153"),
		hgetall(p, "dpt:pemilu2024:kab", "kabupaten", "SIKKA", "desa", "24", "tps", "101", "laki", "11.330", "perempuan", "11.338", "jumlah", "22.668"),
		[]string{p + " QUIT"})...)
	wantNamed := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|24|101|11330|11338|22668"}
	// the place in the key (underscores as spaces), other field words in
	// another order (pria/wanita/total_pemilih), no prompt, no kabupaten
	keyed := redisDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan", joinAll(
		hgetall("redis>", "pemilih:kec:kota_baru", "total_pemilih", "5.100", "pria", "2.500", "wanita", "2.600", "jumlah_tps", "20"),
		hgetall("redis>", "pemilih:kec:wolo-wae", "total_pemilih", "3.000", "pria", "1.450", "wanita", "1.550", "jumlah_tps", "14"))...)
	wantKeyed := []string{"pilkada|2020|kecamatan|KOTA BARU|<nil>|20|2500|2600|5100", "pilkada|2020|kecamatan|WOLO WAE|<nil>|14|1450|1550|3000"}
	// HMGET naming its fields, the reply unnumbered and quoted
	hmget := redisDoc(cap24,
		`redis 10.0.0.7:6379> HMGET dpt:kec:golewa l p total tps`, `"3.210"`, `"3.305"`, `"6.515"`, `"30"`,
		`redis 10.0.0.7:6379> HMGET dpt:kec:bajawa l p total tps`, `"2.000"`, `"2.100"`, `"4.100"`, `"25"`)
	wantHmget := []string{"pemilu|2024|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pemilu|2024|kecamatan|BAJAWA|<nil>|25|2000|2100|4100"}
	// a broken sum: the kabupaten's hash is not the sums, so only the places load
	broken := redisDoc(cap24, joinAll(
		hgetall(p, "dpt:kec:01", "kecamatan", "ALOK", "laki", "7.210", "perempuan", "7.305", "jumlah", "14.515"),
		hgetall(p, "dpt:kec:02", "kecamatan", "NITA", "laki", "4.120", "perempuan", "4.033", "jumlah", "8.153"),
		hgetall(p, "dpt:kab", "kabupaten", "SIKKA", "laki", "11.331", "perempuan", "11.338", "jumlah", "22.669"))...)
	wantBroken := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// look-alike: a shop's stock per kecamatan in the same session shape
	shop := []string{"Stok toko per kecamatan:", ""}
	shop = append(shop, joinAll(
		hgetall(p, "toko:stok:kec:alok", "barang", "beras", "stok", "1.200", "harga", "12.000"),
		hgetall(p, "toko:stok:kec:nita", "barang", "beras", "stok", "800", "harga", "12.500"))...)
	// look-alike: a numbered reply with a gap (a line lost) pairs nothing
	gap := redisDoc(cap24, joinAll(
		hgetall(p, "dpt:kec:01", "kecamatan", "ALOK", "laki", "7.210", "perempuan", "7.305", "jumlah", "14.515"),
		[]string{p + " HGETALL dpt:kec:02", ` 1) "kecamatan"`, ` 2) "NITA"`, ` 3) "laki"`, ` 5) "perempuan"`, ` 6) "4.033"`, ` 7) "jumlah"`, ` 8) "8.153"`})...)
	checkDocs(t, []string{"dpt"}, []docCase{
		{"numbered HGETALL, name fields, kabupaten last", named, map[string][]string{"dpt": wantNamed}},
		{"place in the key, other field words", keyed, map[string][]string{"dpt": wantKeyed}},
		{"HMGET unnumbered", hmget, map[string][]string{"dpt": wantHmget}},
		{"kabupaten not the sums", broken, map[string][]string{"dpt": wantBroken}},
		{"a shop's stock per kecamatan", shop, map[string][]string{"dpt": nil}},
		{"a reply with a gap in its numbering", gap, map[string][]string{"dpt": nil}},
	})
}
