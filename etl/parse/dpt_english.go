package parse

import "strings"

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
