package comparison

// msg is one text in the three languages of the app.
type msg struct{ kk, ru, en string }

// messages holds every text Verdict writes, keyed by code: fmt templates
// with explicit argument indexes, because word order differs between the
// languages (Kazakh puts the verb last, English the group after the verb).
// Sentences start lower-case where they may start with an inserted phrase;
// Verdict capitalises the first letter.
//
// Kazakh terms follow the pilot's documents: эксперименттік топ / бақылау
// тобы, статистикалық тұрғыдан мәнді, пайыздық тармақ. Numbers never take
// Kazakh case endings here (their form depends on how the number is read),
// so amounts are followed by a noun that takes them: «0,45 баллға»,
// «24 пайыздық тармаққа».
var messages = map[string]msg{
	// Noun phrases for the two arms (singular when the scope has one group).
	"E.loc.sg": {"эксперименттік топта", "в экспериментальной группе", "in the experimental group"},
	"E.loc.pl": {"эксперименттік топтарда", "в экспериментальных группах", "in the experimental groups"},
	"C.loc.sg": {"бақылау тобында", "в контрольной группе", "in the control group"},
	"C.loc.pl": {"бақылау топтарында", "в контрольных группах", "in the control groups"},
	"E.gen.sg": {"эксперименттік топтың", "экспериментальной группы", "the experimental group"},
	"E.gen.pl": {"эксперименттік топтардың", "экспериментальных групп", "the experimental groups"},
	"C.gen.sg": {"бақылау тобының", "контрольной группы", "the control group"},
	"C.gen.pl": {"бақылау топтарының", "контрольных групп", "the control groups"},
	"at.from":  {"кезең басында", "на начало периода", "at the start of the period"},
	"at.to":    {"кезең соңында", "на конец периода", "at the end of the period"},

	// Whole-scope situations.
	WarnNoData: {
		"Таңдалған параметрлер бойынша бағалау деректері жоқ.",
		"По выбранным параметрам нет данных оценивания.",
		"There are no assessment data for the chosen scope and rounds."},
	WarnNoControl: {
		"Бақылау топтарының деректері жоқ, сондықтан эксперименттік және бақылау топтарын салыстыру мүмкін емес.",
		"Нет данных контрольных групп, поэтому сравнить экспериментальные и контрольные группы невозможно.",
		"There are no control-group data, so the experimental and control groups cannot be compared."},
	WarnNoExperimental: {
		"Эксперименттік топтардың деректері жоқ, сондықтан эксперименттік және бақылау топтарын салыстыру мүмкін емес.",
		"Нет данных экспериментальных групп, поэтому сравнить экспериментальные и контрольные группы невозможно.",
		"There are no experimental-group data, so the experimental and control groups cannot be compared."},
	// %[1]s: at.from / at.to.
	WarnRoundEmpty: {
		"%[1]s бағалау деректері жоқ, сондықтан кезеңдегі өзгерісті бағалау мүмкін емес.",
		"%[1]s данных оценивания нет, поэтому изменения за период оценить нельзя.",
		"There are no assessment data %[1]s, so the change over the period cannot be assessed."},

	// Baseline equivalence. %[1]s: the test figures.
	"baseline.same": {
		"Кезең басында топтар арасында статистикалық тұрғыдан мәнді айырмашылық анықталған жоқ (%[1]s).",
		"На начало периода статистически значимых различий между группами не обнаружено (%[1]s).",
		"At the start of the period no statistically significant difference between the groups was found (%[1]s)."},
	WarnBaselineDifference: {
		"Кезең басында топтар статистикалық тұрғыдан мәнді түрде ерекшеленді (%[1]s), яғни топтардың бастапқы деңгейі бірдей болмады; сондықтан кезең соңындағы айырмашылықты толықтай әдістеменің әсері деп санауға болмайды.",
		"На начало периода группы статистически значимо различались (%[1]s), то есть не были сопоставимы; поэтому различия на конец периода нельзя целиком приписать методике.",
		"At the start of the period the groups differed significantly (%[1]s), so they were not comparable; differences at the end cannot be attributed to the method alone."},

	// Share at the φ* cut. share: %[1]s subject, %[2]s E clause, %[3]s C clause, %[4]s φ* clause.
	"share": {"%[1]s %[2]s, %[3]s; %[4]s.", "%[1]s %[2]s, %[3]s; %[4]s.", "%[1]s %[2]s and %[3]s; %[4]s."},
	"share.subj.III": {
		"III деңгейдегі балалардың үлесі", "Доля детей на уровне III", "The share of children at level III"},
	"share.subj.II+III": {
		"II және III деңгейлердегі балалардың үлесі", "Доля детей на уровнях II и III", "The share of children at levels II and III"},
	// %[1]s group (loc), %[2]s points, %[3]s share before, %[4]s share after.
	"share.up": {
		"%[1]s %[2]s пайыздық тармаққа өсті (%[3]s → %[4]s)",
		"%[1]s выросла на %[2]s п.п. (%[3]s → %[4]s)",
		"grew by %[2]s percentage points %[1]s (%[3]s → %[4]s)"},
	"share.down": {
		"%[1]s %[2]s пайыздық тармаққа төмендеді (%[3]s → %[4]s)",
		"%[1]s снизилась на %[2]s п.п. (%[3]s → %[4]s)",
		"fell by %[2]s percentage points %[1]s (%[3]s → %[4]s)"},
	"share.same": {
		"%[1]s өзгерген жоқ (%[3]s)", "%[1]s не изменилась (%[3]s)", "did not change %[1]s (%[3]s)"},
	// %[1]s favoured group (gen), %[2]s φ* figures.
	"phi.sig": {
		"кезең соңындағы айырмашылық %[1]s пайдасына статистикалық тұрғыдан мәнді (%[2]s)",
		"различие на конец периода статистически значимо в пользу %[1]s (%[2]s)",
		"the difference at the end of the period is statistically significant in favour of %[1]s (%[2]s)"},
	"phi.ns": {
		"кезең соңында топтар арасында статистикалық тұрғыдан мәнді айырмашылық анықталған жоқ (%[2]s)",
		"статистически значимого различия между группами на конец периода не обнаружено (%[2]s)",
		"no statistically significant difference between the groups was found at the end of the period (%[2]s)"},

	// Level distributions at the end (χ²). %[1]s: figures.
	"chi.sig": {
		"Кезең соңында балалардың деңгейлер бойынша бөлінуі топтар арасында статистикалық тұрғыдан мәнді түрде ерекшеленеді (%[1]s).",
		"Распределение детей по уровням на конец периода статистически значимо различается между группами (%[1]s).",
		"At the end of the period the distribution of children across levels differs significantly between the groups (%[1]s)."},
	"chi.ns": {
		"Кезең соңында балалардың деңгейлер бойынша бөлінуінде топтар арасында статистикалық тұрғыдан мәнді айырмашылық анықталған жоқ (%[1]s).",
		"Статистически значимого различия в распределении детей по уровням на конец периода не обнаружено (%[1]s).",
		"No statistically significant difference in the distribution across levels was found at the end of the period (%[1]s)."},
	"chi.one_level": {
		"Кезең соңында барлық балалар бір деңгейде болғандықтан, χ² критерийін есептеу мүмкін емес.",
		"На конец периода все дети оказались на одном уровне, поэтому критерий χ² вычислить нельзя.",
		"At the end of the period all children are at one level, so the χ² test cannot be computed."},

	// Child means at the end (Mann–Whitney). %[1]s higher group (loc), %[2]s figures.
	"mw.sig": {
		"Кезең соңында балалардың орташа балы %[1]s статистикалық тұрғыдан мәнді түрде жоғары (Манн — Уитни критерийі: %[2]s).",
		"На конец периода средний балл детей статистически значимо выше %[1]s (критерий Манна — Уитни: %[2]s).",
		"At the end of the period children's mean scores are significantly higher %[1]s (Mann–Whitney test: %[2]s)."},
	"mw.ns": {
		"Кезең соңында балалардың орташа балы бойынша топтар арасында статистикалық тұрғыдан мәнді айырмашылық анықталған жоқ (Манн — Уитни критерийі: %[2]s).",
		"Статистически значимого различия средних баллов детей на конец периода не обнаружено (критерий Манна — Уитни: %[2]s).",
		"No statistically significant difference in children's mean scores was found at the end of the period (Mann–Whitney test: %[2]s)."},

	// Gains of paired children. gain: %[1]s E clause, %[2]s C clause, %[3]s Welch clause.
	"gain": {
		"Екі мониторингте де бағаланған балалардың орташа балы %[1]s, %[2]s; %[3]s.",
		"Средний балл детей, оценённых в обоих срезах, %[1]s, %[2]s; %[3]s.",
		"The mean score of children assessed in both rounds %[1]s and %[2]s; %[3]s."},
	// %[1]s group (loc), %[2]s amount, %[3]s mean before, %[4]s mean after.
	"gain.up": {
		"%[1]s %[2]s баллға өсті (%[3]s → %[4]s)",
		"%[1]s вырос на %[2]s (%[3]s → %[4]s)",
		"rose by %[2]s %[1]s (%[3]s → %[4]s)"},
	"gain.down": {
		"%[1]s %[2]s баллға төмендеді (%[3]s → %[4]s)",
		"%[1]s снизился на %[2]s (%[3]s → %[4]s)",
		"fell by %[2]s %[1]s (%[3]s → %[4]s)"},
	"gain.same": {
		"%[1]s өзгерген жоқ (%[3]s)", "%[1]s не изменился (%[3]s)", "did not change %[1]s (%[3]s)"},
	// %[1]s favoured group (gen), %[2]s DiD, %[3]s Welch figures.
	"welch.sig": {
		"өсімдер айырмашылығы (%[2]s балл) %[1]s пайдасына статистикалық тұрғыдан мәнді (%[3]s)",
		"разность приростов (%[2]s) статистически значима в пользу %[1]s (%[3]s)",
		"the difference in gains (%[2]s) is statistically significant in favour of %[1]s (%[3]s)"},
	"welch.ns": {
		"топтардың өсімдері арасында статистикалық тұрғыдан мәнді айырмашылық анықталған жоқ (%[3]s)",
		"статистически значимого различия приростов между группами не обнаружено (%[3]s)",
		"no statistically significant difference in gains between the groups was found (%[3]s)"},
	"welch.na": {
		"өсімдерді статистикалық тұрғыдан салыстыру мүмкін емес",
		"сравнить приросты статистически невозможно",
		"the gains cannot be compared statistically"},

	// Change within each arm (Wilcoxon). %[1]s E clause, %[2]s C clause.
	"wilcoxon": {
		"Вилкоксон критерийі бойынша %[1]s, %[2]s.",
		"По критерию Вилкоксона %[1]s, %[2]s.",
		"By the Wilcoxon signed-rank test, %[1]s, and %[2]s."},
	"wilcoxon.one": {
		"Вилкоксон критерийі бойынша %[1]s.", "По критерию Вилкоксона %[1]s.", "By the Wilcoxon signed-rank test, %[1]s."},
	// %[1]s group (loc), %[2]s figures.
	"wx.up": {
		"%[1]s балалардың нәтижелері статистикалық тұрғыдан мәнді түрде жақсарды (%[2]s)",
		"%[1]s результаты детей статистически значимо улучшились (%[2]s)",
		"children's results improved significantly %[1]s (%[2]s)"},
	"wx.down": {
		"%[1]s балалардың нәтижелері статистикалық тұрғыдан мәнді түрде нашарлады (%[2]s)",
		"%[1]s результаты детей статистически значимо ухудшились (%[2]s)",
		"children's results declined significantly %[1]s (%[2]s)"},
	"wx.ns": {
		"%[1]s статистикалық тұрғыдан мәнді өзгеріс анықталған жоқ (%[2]s)",
		"%[1]s статистически значимых изменений не обнаружено (%[2]s)",
		"no significant change was found %[1]s (%[2]s)"},
	"wx.nochange": {
		"%[1]s бірде-бір баланың нәтижесі өзгерген жоқ",
		"%[1]s результаты ни одного ребёнка не изменились",
		"no child's result changed %[1]s"},
	"wx.nopairs": {
		"%[1]s екі мониторингте де бағаланған бала жоқ",
		"%[1]s нет детей, оценённых в обоих срезах",
		"no child was assessed in both rounds %[1]s"},

	// Caveats. small_sample: %[1]s group (loc), %[2]d children.
	WarnSmallSample: {
		"%[1]s бағаланған балалар саны аз (%[2]d), сондықтан қорытындылар алдын ала сипатта.",
		"%[1]s оценено мало детей (%[2]d), поэтому выводы предварительные.",
		"Few children were assessed %[1]s (%[2]d), so the conclusions are tentative."},
	// %[1]s group (loc), %[3]s round (at.from / at.to).
	"small_sample.none": {
		"%[3]s %[1]s бірде-бір бала бағаланбаған, сондықтан қорытындылар алдын ала сипатта.",
		"%[3]s %[1]s не оценено ни одного ребёнка, поэтому выводы предварительные.",
		"No child was assessed %[1]s %[3]s, so the conclusions are tentative."},
	// %[1]s round (at.from / at.to).
	WarnSmallExpected: {
		"%[1]s χ² критерийіндегі кейбір күтілетін жиіліктер 5-тен кіші, сондықтан оның нәтижесін сақтықпен түсіндіру керек.",
		"%[1]s часть ожидаемых частот в критерии χ² меньше 5, поэтому его результат следует толковать осторожно.",
		"%[1]s some expected counts in the χ² test are below 5, so its result should be read with caution."},
	// %[1]s group (loc), %[2]d missing, %[3]d children, %[4]s percent.
	WarnMissingRound: {
		"%[1]s екі мониторингтің тек біреуінде ғана бағаланған балалар: %[2]d (барлығы %[3]d, %[4]s); олар жұптық салыстыруларға енгізілмеді.",
		"%[1]s %[2]d из %[3]d детей (%[4]s) оценены только в одном из двух срезов; в парные сравнения они не вошли.",
		"%[1]s %[2]d of %[3]d children (%[4]s) were assessed in only one of the two rounds; they are left out of the paired comparisons."},

	// Test names inside figures.
	"name.mw": {"Манн — Уитни критерийі", "критерий Манна — Уитни", "Mann–Whitney test"},
}

// text formats the message key in lang (kk for an unknown language).
func text(lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	switch lang {
	case "ru":
		return m.ru
	case "en":
		return m.en
	}
	return m.kk
}
