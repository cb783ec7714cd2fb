package parse

import "testing"

// TestSubItemsClass: a SAKIP components table listing each component's
// sub-components under it as rows of names only loads the four components
// and the total, in text (the sub-rows joined as wrapped lines) and as a
// PDF converter gives it (the items joined into the name cell); look-alikes
// whose extra rows carry figures that do not close, or whose joined items
// are out of order, load no component.
func TestSubItemsClass(t *testing.T) {
	caption := "Tabel 2.3 Hasil Evaluasi SAKIP Tahun 2022 menurut Komponen dan Sub Komponen"
	head := "No\tKomponen/Subkomponen\tBobot\tNilai"
	four := []string{"2022|perencanaan|30|24.5", "2022|pengukuran|30|20.1", "2022|pelaporan|15|11.3", "2022|evaluasi_internal|25|16.2"}
	tests := []struct {
		name string
		rows []string
		want []string
	}{
		{"lettered rows under each component", []string{
			"I\tPerencanaan Kinerja\t30\t24,50", "\ta) Rencana Strategis\t\t", "\tb) Perjanjian Kinerja\t\t",
			"II\tPengukuran Kinerja\t30\t20,10", "\ta) Pemenuhan pengukuran\t\t", "\tb) Kualitas dan pemanfaatan hasil pengukuran\t\t",
			"III\tPelaporan Kinerja\t15\t11,30", "\ta) Pemenuhan pelaporan\t\t", "\tb) Pemanfaatan laporan\t\t",
			"IV\tEvaluasi Akuntabilitas Kinerja Internal\t25\t16,20", "\ta) Pemenuhan evaluasi\t\t", "\tb) Pemanfaatan hasil evaluasi\t\t",
			"\tNilai Hasil Evaluasi\t100\t72,10"}, four},
		{"items joined into the name cell, in order from a.", []string{
			"1\tPerencanaan Kinerja a. Rencana Strategis b. Perjanjian Kinerja\t30\t24,50",
			"2\tPengukuran Kinerja a. Pemenuhan pengukuran b. Kualitas pengukuran\t30\t20,10",
			"3\tPelaporan Kinerja a. Pemenuhan pelaporan b. Pemanfaatan laporan\t15\t11,30",
			"4\tEvaluasi Internal a. Pemenuhan evaluasi b. Pemanfaatan hasil evaluasi c. Tindak lanjut\t25\t16,20",
			"\tJumlah\t100\t72,10"}, four},
		// look-alikes
		{"sub-rows with figures that do not close", []string{
			"1\tPerencanaan Kinerja\t30\t24,50", "\ta. Rencana Strategis\t15\t12,00",
			"2\tPengukuran Kinerja\t30\t20,10", "3\tPelaporan Kinerja\t15\t11,30",
			"4\tEvaluasi Internal\t25\t16,20", "\ta. Pemanfaatan hasil evaluasi\t10\t7,00", "\tJumlah\t100\t60,00"}, nil},
		{"joined items out of order", []string{
			"1\tPerencanaan Kinerja a. Rencana Strategis c. Perjanjian Kinerja\t30\t24,50",
			"2\tPengukuran Kinerja\t30\t20,10", "3\tPelaporan Kinerja\t15\t11,30",
			"4\tEvaluasi Internal b. Pemanfaatan hasil evaluasi a. Pemenuhan\t25\t16,20", "\tJumlah\t100\t72,10"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := append([]string{caption, "", head}, tc.rows...)
			d := parseDoc(t, tc.name, append(body, "")...)
			wantRows(t, "sakip_komponen", factRows["sakip_komponen"](d), tc.want)
		})
	}
}

func TestInlineItemsHead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pelaporan Kinerja a. Keberadaan b. Kualitas c. Pemanfaatan", "Pelaporan Kinerja"},
		{"Pelaporan Kinerja a) Keberadaan b) Kualitas", "Pelaporan Kinerja"},
		{"Pelaporan Kinerja a. Keberadaan", ""},
		{"Pelaporan Kinerja a. Keberadaan c. Kualitas", ""},
		{"Pelaporan Kinerja a. 12 b. Kualitas", ""},
		{"a. Keberadaan b. Kualitas", ""},
	}
	for _, tc := range tests {
		if got := inlineItemsHead(tc.in); got != tc.want {
			t.Errorf("inlineItemsHead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
