package parse

import "testing"

// TestKomponenEnglish: a SAKIP component table of a report written in
// English names its components in English ("Performance Planning",
// "Internal Evaluation"): they are the same four components.
func TestKomponenEnglish(t *testing.T) {
	checkDocs(t, []string{"sakip_komponen"}, []docCase{{
		name: "English component names",
		body: []string{"The SAKIP evaluation rated the performance of fiscal year 2023 at 68.23 (B). The component scores are given in Table 3.2.", "",
			"Table 3.2 SAKIP Evaluation Components, Year Evaluated 2023", "",
			"Component\tWeight\tScore", "Performance Planning\t30.00\t19.80", "Performance Measurement\t30.00\t20.00",
			"Performance Reporting\t15.00\t10.65", "Internal Evaluation\t25.00\t17.78", "Total\t100.00\t68.23"},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|19.8", "2023|pengukuran|30|20", "2023|pelaporan|15|10.65",
			"2023|evaluasi_internal|25|17.78"}},
	}})
}
