package parse

import "github.com/kpu-ntt/lkj/etl/facts"

// readCards turns pipe tables into TAB rows and reads the SAKIP
// evaluation's score cards in their many forms, blanking what they read:
// lke holds the LKE sheets and cards the score cards, loaded once the
// satker is known.
func readCards(doc *facts.Document, text []byte, g *textMarks) (_ []byte, lke []lkeSheet, cards []scoreCard) {
	text = pipeTables(doc, text, g)          // Markdown pipe tables become TAB rows
	text = gridSummaryBars(doc, text)        // a grid view's summary bar (Sum n under each column) as its total row: Airtable, Notion, Sheets (grid_summary_bar.go)
	text = scenarioSummaries(doc, text)      // the evaluation as a scenario table (Excel Scenario Summary), only the evaluator's scenario read (sakip_scenario.go)
	text, lke = lkeSheets(text)              // the evaluators' LKE summary sheet, read and blanked (sakip_lke.go)
	text, cat := cbtSlips(doc, text)         // the evaluation as a CAT result slip, before the score card reader takes its subtests without the final score (sakip_cat.go)
	text, cards = scoreCards(text)           // the evaluation's score card typed again, read and blanked (sakip_score_card.go)
	cards = append(cards, cat...)            // the CAT slips load as score cards too (sakip_cat.go)
	text = lollipops(text, &cards)           // the evaluation's lollipop chart typed again, read as a score card (sakip_lollipop.go)
	text = doughnuts(doc, text, &cards)      // the evaluation's doughnut chart typed again, read as a score card (sakip_doughnut.go)
	text = abacuses(text, &cards)            // the evaluation's abacus (sempoa), a rod a component, read as a score card (sakip_abacus.go)
	text = giziLabels(doc, text, &cards)     // the evaluation as a nutrition facts label, a nutrient a component, read as a score card (sakip_gizi.go)
	text = golfCards(doc, text, &cards)      // the evaluation as a golf scorecard, a hole a component, par the bobot, read as a score card (sakip_golf.go)
	text = formFieldCards(doc, text, &cards) // the evaluation's components as a filled form's fields (FDF, XFDF, pdftk, a form post, INI), read as a score card (sakip_form.go)
	text = kompLineCards(doc, text, &cards)  // the evaluation's components one a line in any wrapper (file names, quiz items, log lines), read as a score card (sakip_komp_lines.go)
	text = formulaCards(doc, text, &cards)   // the evaluation's components as the evaluator's formula, its symbols defined after it (N = n₁ + … dengan:), read as a score card (sakip_formula.go)
	text = calcListCards(doc, text, &cards)  // the evaluation's components as a calculator's or stats tool's unlabelled lists named by a key (TI L1/L2, R c(...), Excel A|B), read as a score card (sakip_calc_lists.go)
	text = gradebookCards(doc, text, &cards) // the evaluation's components as a learning platform's gradebook (Moodle User or Grader report), an item a component, read as a score card (sakip_gradebook.go)
	return text, lke, cards
}
