package parse

import "testing"

// TestKeyFormDPTClass: a DPT typed into a form by a macro, one value a
// keystroke command, Tab between cells, Enter closing a record; the order
// declared in a comment or key line; the rows proven by the DPT reader.
func TestKeyFormDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// AutoHotkey Send (not SendInput), the order in a comment, the kabupaten's block last
	ahk := promDoc(cap24,
		"; urutan: kecamatan, tps, L, P, jumlah", "F5::",
		"; ALOK", "Click, 100, 200", "Send, ALOK{Tab}", "Send, 60{Tab}", "Send, 7210{Tab}", "Send, 7305{Tab}", "Send, 14515{Enter}", "Sleep, 500",
		"; NITA", "Click, 100, 200", "Send, NITA{Tab}", "Send, 41{Tab}", "Send, 4120{Tab}", "Send, 4033{Tab}", "Send, 8153{Enter}", "Sleep, 500",
		"; total", "Click, 100, 200", "Send, SIKKA{Tab}", "Send, 101{Tab}", "Send, 11330{Tab}", "Send, 11338{Tab}", "Send, 22668{Enter}", "return")
	wantAhk := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// VBA SendKeys, a record a line, ~ for Enter, the key line below the macro, no total
	vba := promDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"Sub IsiRekap()", `    SendKeys "GOLEWA{TAB}3210{TAB}3305{TAB}6515~", True`, `    SendKeys "BAJAWA{TAB}2000{TAB}2100{TAB}4100~", True`, "End Sub",
		"", "(keterangan: isian berurutan: nama kecamatan, laki-laki, perempuan, dan jumlah pemilih)")
	wantVba := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"}
	// xdotool type / key Tab / key Return, desa before TPS
	xdo := promDoc(cap24, "# kolom: kecamatan, desa, tps, pria, wanita, total",
		`xdotool type --delay 40 "ALOK"`, "xdotool key Tab", "xdotool type 11", "xdotool key Tab", "xdotool type 60", "xdotool key Tab",
		"xdotool type 7210", "xdotool key Tab", "xdotool type 7305", "xdotool key Tab", "xdotool type 14515", "xdotool key Return",
		`xdotool type "NITA"`, "xdotool key Tab", "xdotool type 9", "xdotool key Tab", "xdotool type 41", "xdotool key Tab",
		"xdotool type 4120", "xdotool key Tab", "xdotool type 4033", "xdotool key Tab", "xdotool type 8153", "xdotool key Return")
	wantXdo := []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153"}
	// Playwright fill + press, expect send with \t and \r
	pw := promDoc(cap24, "// urutan: kecamatan, L, P, jumlah",
		`await page.fill("#f", "ALOK");`, `await page.press("#f", "Tab");`, `await page.keyboard.type("7210");`, `await page.press("#f", "Tab");`,
		`await page.keyboard.type("7305");`, `await page.press("#f", "Tab");`, `await page.keyboard.type("14515");`, `await page.press("#f", "Enter");`,
		`await page.fill("#f", "NITA");`, `await page.press("#f", "Tab");`, `await page.keyboard.type("4120");`, `await page.press("#f", "Tab");`,
		`await page.keyboard.type("4033");`, `await page.press("#f", "Tab");`, `await page.keyboard.type("8153");`, `await page.press("#f", "Enter");`)
	wantPw := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	exp := promDoc(cap24, "# urutan: kecamatan, L, P, jumlah", "spawn telnet 10.0.0.5",
		`send "ALOK\t7210\t7305\t14515\r"`, `expect "OK"`, `send -- "NITA\t4120\t4033\t8153\r"`, `expect "OK"`)
	// a mistyped total: L + P is not the jumlah, the macro gives nothing
	odd := promDoc(cap24, "# urutan: kecamatan, L, P, jumlah",
		`send "ALOK\t7210\t7305\t14516\r"`, `send "NITA\t4120\t4033\t8153\r"`)
	// look-alikes: an AutoHotkey login and search; xdotool typing shell commands
	login := promDoc("Catatan otomasi portal", "; urutan: pengguna, sandi, kode",
		"Send, operator{Tab}", "Send, rahasia{Tab}", "Send, 1234{Enter}", "Sleep, 900", "SendInput, rekap dpt 2024{Enter}")
	shell := promDoc(cap24, "# urutan: perintah, argumen, nilai",
		`xdotool type "ls"`, "xdotool key Tab", `xdotool type "-la"`, "xdotool key Tab", "xdotool type 7210", "xdotool key Return",
		`xdotool type "df -h"`, "xdotool key Return")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"AutoHotkey Send, comment order, total block", ahk, map[string][]string{"dpt": wantAhk}},
		{"VBA SendKeys, key line below", vba, map[string][]string{"dpt": wantVba}},
		{"xdotool type and key", xdo, map[string][]string{"dpt": wantXdo}},
		{"Playwright fill and press", pw, map[string][]string{"dpt": wantPw}},
		{"expect send", exp, map[string][]string{"dpt": wantPw}},
		{"L + P not the total", odd, map[string][]string{"dpt": nil}},
		{"an AutoHotkey login and search", login, map[string][]string{"dpt": nil}},
		{"xdotool shell commands", shell, map[string][]string{"dpt": nil}},
	})
}
