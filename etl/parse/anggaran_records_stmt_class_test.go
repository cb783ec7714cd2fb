package parse

import (
	"strings"
	"testing"
)

// Budget lines as a program filling a table one record at a time
// (anggaran_records_stmt.go): dBase/FoxPro APPEND BLANK + REPLACE, VBA/ADO
// AddNew + fields + Update, COBOL MOVE … TO + WRITE; look-alikes filling a
// stock table or a customer list, and budgets that do not add up.
func TestStmtRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	rows := [][]string{ // kode, induk, uraian, pagu, realisasi, sisa, serapan
		{"076.01.WA", "", "Program Dukungan Manajemen", "1800000000", "1710000000", "90000000", "95.00"},
		{"3355", "076.01.WA", "Pengelolaan Keuangan", "1000000000", "960000000", "40000000", "96.00"},
		{"3360", "076.01.WA", "Operasional Perkantoran", "800000000", "750000000", "50000000", "93.75"},
		{"076.01.CQ", "", "Program Penyelenggaraan Pemilu", "600000000", "540000000", "60000000", "90.00"},
		{"6640", "076.01.CQ", "Pemutakhiran Data Pemilih", "600000000", "540000000", "60000000", "90.00"},
	}
	// FoxPro: lower case, an alias on the fields, one REPLACE a field for
	// some records, a date field by expression, '&&' comments, the total
	// first with the code TOTAL, the serapan the proof (no sisa)
	fox := []string{cap, "", "* isi_rka.prg", "set talk off", "use rka2023 in 0 alias rka exclusive", "select rka",
		"append blank", `replace rka.kode with "TOTAL", rka.uraian with "Jumlah"  && baris jumlah`,
		"replace rka.pagu with 2400000000.00, rka.realisasi with 2250000000, rka.persen with 93.75"}
	for _, r := range rows {
		fox = append(fox, "append blank", `replace rka->kode with '`+r[0]+`'`, `replace rka.uraian with "`+r[2]+`"`,
			"replace realisasi with "+r[4]+", pagu with "+r[3]+", tgl with ctod(\"31/12/2023\"), persen with "+r[6])
	}
	fox = append(fox, "use", "return", "", "Sumber: SAKTI.")
	// VBA/ADO: rs!f, rs("f"), rs.Fields("f").Value, AddNew … Update, the
	// induk given, sisa the proof, the total as its own record
	vba := []string{cap, "", "Sub IsiRealisasi()", "    Dim rs As ADODB.Recordset", "    Set rs = New ADODB.Recordset",
		`    rs.Open "REALISASI", CurrentProject.Connection, adOpenKeyset, adLockOptimistic`}
	for _, r := range rows {
		vba = append(vba, "    rs.AddNew", `    rs!KODE = "`+r[0]+`"`, `    rs("INDUK") = "`+r[1]+`"`,
			`    rs.Fields("URAIAN").Value = "`+r[2]+`"`, "    rs!PAGU = "+r[3]+" ' rupiah",
			"    rs!REALISASI = "+r[4], `    rs("SISA") = `+r[5], "    rs.Update")
	}
	vba = append(vba, "    rs.AddNew", `    rs!URAIAN = "JUMLAH"`, "    rs!PAGU = 2400000000", "    rs!REALISASI = 2250000000",
		"    rs.Update", "    rs.Close", "End Sub", "", "Sumber: SAKTI.")
	// VBA With block: .AddNew, !f, .Fields("f")
	with := []string{cap, "", "With rs"}
	for _, r := range rows {
		with = append(with, "  .AddNew", `  !Kode = "`+r[0]+`"`, `  !Uraian = "`+r[2]+`"`,
			`  .Fields("Pagu") = `+r[3], "  !Realisasi = "+r[4], "  !Sisa = "+r[5], "  .Update")
	}
	with = append(with, "  .AddNew", `  !Kode = "JUMLAH"`, "  !Pagu = 2400000000", "  !Realisasi = 2250000000", "  !Sisa = 150000000",
		"  .Update", "End With", "", "Sumber: SAKTI.")
	// COBOL: MOVE … TO [OF rec], WRITE closing the record, prefixed names
	cobol := []string{cap, "", "       PROCEDURE DIVISION.", "       ISI-REALISASI."}
	for _, r := range rows {
		cobol = append(cobol, `           MOVE "`+r[0]+`" TO KODE OF REC-ANG.`, `           MOVE "`+r[2]+`" TO WS-URAIAN.`,
			"           MOVE "+r[3]+" TO WS-PAGU.", "           MOVE "+r[4]+" TO REALISASI OF REC-ANG",
			"           MOVE "+r[5]+" TO WS-SISA", "           WRITE REC-ANG.")
	}
	cobol = append(cobol, `           MOVE "JUMLAH" TO WS-URAIAN`, `           MOVE SPACES TO KODE OF REC-ANG`,
		"           MOVE 2400000000 TO WS-PAGU", "           MOVE 2250000000 TO WS-REALISASI",
		"           MOVE 150000000 TO WS-SISA", "           WRITE REC-ANG.", "           STOP RUN.", "", "Sumber: SAKTI.")

	// look-alikes: a dBase stock table, a VBA macro adding customers; a
	// budget whose sisa disagrees; a pagu given by an expression
	stock := []string{"Lampiran: program stok toko", "", "USE BARANG", "APPEND BLANK",
		`REPLACE KODE WITH "3355", NAMA WITH "Kopi Bajawa", HARGA WITH 85000, STOK WITH 40`,
		"APPEND BLANK", `REPLACE KODE WITH "3360", NAMA WITH "Tenun Ikat", HARGA WITH 1250000, STOK WITH 3`,
		"APPEND BLANK", `REPLACE NAMA WITH "JUMLAH", HARGA WITH 1335000`, "USE"}
	cust := []string{"Lampiran: makro pelanggan", "", "Sub TambahPelanggan()",
		"  rs.AddNew", `  rs!Kode = "6640"`, `  rs!Nama = "Toko Ende"`, "  rs!Saldo = 1500000", "  rs.Update",
		"  rs.AddNew", `  rs!Kode = "6641"`, `  rs!Nama = "Toko Maumere"`, "  rs!Saldo = 2500000", "  rs.Update", "End Sub"}
	badSisa := append([]string(nil), vba...)
	for k, l := range badSisa {
		badSisa[k] = strings.Replace(l, `rs("SISA") = 40000000`, `rs("SISA") = 45000000`, 1)
	}
	expr := append([]string(nil), fox...)
	for k, l := range expr {
		expr[k] = strings.Replace(l, "pagu with 800000000", "pagu with 700000000+100000000", 1)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"FoxPro APPEND BLANK, aliases, total first", fox, map[string][]string{"anggaran": want}},
		{"VBA AddNew/Update, rs!f rs(\"f\") Fields", vba, map[string][]string{"anggaran": want}},
		{"VBA With block", with, map[string][]string{"anggaran": want}},
		{"COBOL MOVE/WRITE", cobol, map[string][]string{"anggaran": want}},
		{"dBase stock table: no budget", stock, map[string][]string{"anggaran": nil}},
		{"VBA customers: no budget", cust, map[string][]string{"anggaran": nil}},
		{"sisa disagrees: nothing", badSisa, map[string][]string{"anggaran": nil}},
		{"pagu as an expression: nothing", expr, map[string][]string{"anggaran": nil}},
	})
}
