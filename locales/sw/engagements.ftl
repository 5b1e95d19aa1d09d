# Ushirikiano: leo, mpango na ukurasa wa mkufunzi.
nav-training = Mafunzo
engagement-builder = Mkufunzi: { $name }
engagement-dates = Kuanzia { $start } hadi { $end }
engagement-sections = Sehemu za mafunzo
engagement-plan = Mpango
engagement-deliverables = Kazi za kuwasilisha
engagement-challenges = Daftari la changamoto
engagement-calls = Simu za video
engagement-curriculum = Moduli
today-title = Leo
today-day = Siku ya { $day } kati ya { $days }
today-weekend = Wikendi: inayofuata ni siku ya { $day }
today-before = { $count ->
    [one] Mafunzo yanaanza kesho
   *[other] Mafunzo yanaanza baada ya siku { $count }
}
today-after = Wiki mbili zimekwisha
today-progress = Asilimia { $percent } ya mpango imekamilika
today-tasks = Cha kufanya tarehe { $date }
today-no-tasks = Hakuna kilichopangwa siku hii.
today-behind = { $count ->
    [one] Kazi moja ya awali bado haijakamilika
   *[other] Kazi { $count } za awali bado hazijakamilika
}
today-deliverables = Kazi za kuwasilisha
today-due = mwisho { $date }
today-overdue = muda umepita
today-open-challenges = { $count ->
    [one] Kuna changamoto moja iliyo wazi
   *[other] Kuna changamoto { $count } zilizo wazi
}
today-next-call = Simu inayofuata
today-join = Jiunge na simu
today-agenda = Ajenda
today-no-call = Bado hakuna simu iliyopangwa.
task-watch = Tazama video: { $module }
task-read = Soma: { $module }
task-answer = Jibu maswali ya majadiliano: { $module }
task-produce = Fanyia kazi { $deliverable } yenu
task-mark-done = Weka alama imekamilika
task-undo = Ondoa alama ya kukamilika
work-kind-campaign_plan = mpango wa kampeni
work-kind-smart_objective = lengo la SMART
work-kind-survey = utafiti
work-kind-pilot_report = ripoti ya majaribio
work-kind-challenges_log = daftari la changamoto
work-state-draft = rasimu
work-state-submitted = imewasilishwa, inasubiri mapitio
work-state-changes_requested = mabadiliko yameombwa
work-state-accepted = imekubaliwa
work-late = imechelewa
plan-title = Mpango wa wiki mbili
plan-day = Siku ya { $day }, { $date }
plan-tailor = Badilisha kazi hii
plan-task-title = Kazi
plan-task-title-hint = Timu inapaswa kufanya nini, kwa sentensi fupi.
plan-task-details = Maelezo
plan-task-details-hint = Si lazima: inavyohusiana na kampeni ya shirika lenyewe.
plan-task-day = Siku
plan-task-day-hint = Siku ya kazi ya mafunzo, 1 hadi 10.
plan-rewrite = Hifadhi kazi
plan-up = Sogeza juu
plan-down = Sogeza chini
plan-move-to = Hamishia siku
plan-move = Hamisha
plan-remove = Ondoa kwenye mpango
plan-note = Dokezo
plan-note-hint = Husisha mafunzo na kampeni ya shirika: mifano, watu wa kuwasiliana nao, cha kuzingatia.
plan-add-note = Ongeza dokezo
plan-note-by = Dokezo kutoka kwa { $name }
plan-notes = Madokezo ya mpango mzima
plan-no-notes = Bado hakuna madokezo.
plan-add = Ongeza kazi
plan-add-task = Ongeza kazi hii
plan-error-title-empty = Andika kazi inaomba nini.
plan-error-title-long = Kazi iwe chini ya herufi 200; weka mengine kwenye maelezo.
plan-error-details-long = Maelezo ni marefu mno (herufi 4,000 zaidi).
plan-error-day = Chagua siku ya kazi kuanzia 1 hadi 10.
plan-error-note-empty = Andika dokezo kabla ya kuliongeza.
plan-error-note-long = Dokezo ni refu mno (herufi 4,000 zaidi).
overview-title = Mashirika yaliyo kwenye mafunzo
overview-none = Bado hakuna ushirikiano.
overview-waiting = { $count ->
    [0] Hakuna kinachokusubiri.
    [one] Kuna jambo moja linalokusubiri.
   *[other] Kuna mambo { $count } yanayokusubiri.
}
overview-review = Pitia { $deliverable }
overview-challenges = { $count ->
    [one] Changamoto moja inahitaji mwongozo wako
   *[other] Changamoto { $count } zinahitaji mwongozo wako
}
overview-overdue = { $count ->
    [one] Kazi moja ya kuwasilisha imepitwa na muda
   *[other] Kazi { $count } za kuwasilisha zimepitwa na muda
}
overview-next-call = Simu inayofuata: { $time }
