package comparison

// Messages exposes the text table to the external tests: kk, ru, en.
func Messages() map[string][3]string {
	out := make(map[string][3]string, len(messages))
	for k, m := range messages {
		out[k] = [3]string{m.kk, m.ru, m.en}
	}
	return out
}
