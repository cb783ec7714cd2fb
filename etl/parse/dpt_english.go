package parse

import (
	"regexp"
	"strings"
)

// englishElection is the election an English caption or sentence names
// ("Final Voters List (DPT), General Election 2024" → pemilu; "Regional
// Head Election" → pilkada), or "" when it names neither or both. Asked
// only of a DPT table's caption and the text before it when the
// Indonesian words name no election.
func englishElection(t string) string {
	if !strings.Contains(t, "lection") && !strings.Contains(t, "LECTION") {
		return ""
	}
	low := strings.ToLower(t)
	pemilu := strings.Contains(low, "general election") || strings.Contains(low, "legislative election") ||
		strings.Contains(low, "presidential election")
	pilkada := strings.Contains(low, "regional election") || strings.Contains(low, "regional head election") ||
		strings.Contains(low, "local election") || strings.Contains(low, "gubernatorial election")
	switch {
	case pemilu && !pilkada:
		return "pemilu"
	case pilkada && !pemilu:
		return "pilkada"
	}
	return ""
}

// reElectionYearEN: the year an English text gives an election, written
// next to it: "General Election 2019", "Regional Election of 2020", "the
// 2024 General Election", "2020 regional head elections". Unlike the
// Indonesian pattern it allows no gap of words: English puts the year
// before the noun as often as after it, and a gap would take a date
// further on ("the 2024 General Election was fixed at the plenary meeting
// of 21 June 2023") for the election's year. Group 1 or 2 is the year.
var reElectionYearEN = regexp.MustCompile(`(?i)\b((?:19|20)\d\d)\s+(?:(?:general|regional|local|presidential|legislative|gubernatorial|simultaneous|head|national)\s+){0,3}elections?\b|` +
	`\belections?\s+(?:of\s+|in\s+|year\s+)?((?:19|20)\d\d)\b`)

// englishElectionYears calls f with each election year an English text
// names (reElectionYearEN); nothing when it holds no "election".
func englishElectionYears(t string, f func(int)) {
	if !containsFoldASCII(t, "election") {
		return
	}
	for _, m := range reElectionYearEN.FindAllStringSubmatch(t, -1) {
		y := m[1]
		if y == "" {
			y = m[2]
		}
		f(atoi(y))
	}
}
