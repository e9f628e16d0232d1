#!/usr/bin/env python3
"""Generate tenor's sample corpus: pulse-survey comments of a fictitious sales company.

    python3 corpus/generate.py                      # the shipped corpus, into corpus/
    python3 corpus/generate.py --size 100000 --out build/corpus
    python3 corpus/generate.py --size 1000000 --out build/corpus --seed 7

Writes pulse-de.csv (German, Excel export: CP1252, ';', CRLF), pulse-en.jsonl
(English, UTF-8 JSON lines) and workshops/*.txt.  Everything is made up: Nordwind
Vertrieb GmbH, its people, customers and programmes do not exist.

How it works: the comments are put together from hand-written fragments (below),
chosen per team and quarter so that the storylines in corpus/README.md show up,
plus the hand-written comments of the first sample corpus, which are placed once
each.  The same arguments always give byte-identical files; the output is written
survey day by survey day, so memory stays small for any --size.  Standard library only.
"""

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
from datetime import date, timedelta

DEFAULT_SIZE = 3606
DEFAULT_SEED = 121          # picked among seeds 1-150: the clearest storylines at the default size

QUARTERS = [(y, q) for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
QLABEL = [f"{y}Q{q}" for y, q in QUARTERS]

# Comments per team and quarter at the default size (they add up to 3,606).
# --size N scales every cell by N / 3606.
#              2023 Q1..Q4        2024 Q1..Q4        2025 Q1..Q4
BASE_COUNTS = {
    ("de", "Nord"):         [64, 68, 66, 71, 70, 79, 82, 77, 74, 77, 73, 71],
    ("de", "Süd"):          [76, 72, 70, 72, 78, 74, 71, 73, 69, 71, 68, 68],
    ("de", "West"):         [68, 66, 68, 67, 70, 67, 66, 68, 67, 68, 70, 65],
    ("de", "Key Account"):  [3, 2, 4, 3, 2, 3, 4, 2, 3, 3, 2, 4],
    # Service is big enough to report (6-11 a quarter), but the report withholds it too,
    # so that Key Account cannot be recovered from the total (secondary suppression).
    ("de", "Service"):      [8, 9, 7, 10, 8, 9, 11, 8, 9, 10, 8, 9],
    ("en", "Inside Sales"): [50, 52, 55, 52, 57, 60, 55, 60, 63, 58, 62, 65],
    ("en", "West"):         [17, 19, 16, 20, 18, 21, 17, 19, 22, 19, 21, 23],
}

# The name a team has in the fragment tags (@Nord, @KA, @IS, ...).
TEAM_TAG = {("de", "Nord"): "Nord", ("de", "Süd"): "Süd", ("de", "West"): "West",
            ("de", "Key Account"): "KA", ("de", "Service"): "West", ("en", "Inside Sales"): "IS",
            ("en", "West"): "West"}

# Roles per team: (role as written in the file, tag in the fragments, weight).
ROLES = {
    ("de", "Nord"): [("Außendienst", "AD", 62), ("Innendienst", "ID", 28), ("Teamleitung", "TL", 10)],
    ("de", "Süd"): [("Außendienst", "AD", 62), ("Innendienst", "ID", 28), ("Teamleitung", "TL", 10)],
    ("de", "West"): [("Außendienst", "AD", 62), ("Innendienst", "ID", 28), ("Teamleitung", "TL", 10)],
    ("de", "Key Account"): [("Key Account Manager", "KAM", 80), ("Teamleitung", "TL", 20)],
    ("de", "Service"): [("Innendienst", "ID", 80), ("Teamleitung", "TL", 20)],
    ("en", "Inside Sales"): [("SDR", "SDR", 58), ("Account Executive", "AE", 32), ("Team Lead", "TL", 10)],
    ("en", "West"): [("Account Executive", "AE", 72), ("Key Account Manager", "KAM", 18), ("Team Lead", "TL", 10)],
}
ORIGINAL_ROLE = {("de", "Service"): "Innendienst", ("de", "Nord"): "Außendienst", ("de", "Süd"): "Außendienst", ("de", "West"): "Außendienst",
                 ("en", "Inside Sales"): "SDR", ("en", "West"): "Account Executive"}

THEMES = ("P", "A", "R", "X", "M", "N")   # pressure, advisory, reflection, relief (negated
                                          # pressure), mixed/contrast, neutral


def theme_mix(lang, team, t):
    """Share of each theme among the comments of a team in quarter t (0 = 2023-Q1)."""
    if (lang, team) == ("de", "Nord"):
        # moderate until 2024-Q1; Turbo-Bonus from 2024-Q2 (t=5): up and staying up
        if t <= 4:
            p, a, r, x, m = .25, .20, .05, .06, .08
        elif t == 5:
            p, a, r, x, m = .46, .11, .04, .02, .09
        else:
            p, a, r, x, m = (.55, .08, .05, .01, .08) if t < 11 else (.53, .08, .07, .01, .08)
    elif (lang, team) == ("de", "Süd"):
        # pressure-heavy in 2023; coaching from 2024-Q1 (t=4): steady shift
        if t <= 3:
            p, a, r, x, m = .46, .10, .04, .02, .08
        else:
            i = t - 4
            p = (.38, .31, .26, .22, .19, .16, .135, .11)[i]
            a = (.14, .18, .22, .25, .27, .29, .30, .31)[i]
            r = (.08, .11, .14, .16, .18, .19, .20, .21)[i]
            x = (.05, .07, .08, .09, .09, .09, .09, .09)[i]
            m = (.08, .08, .07, .07, .06, .06, .06, .06)[i]
    elif (lang, team) in (("de", "West"), ("de", "Service")):
        p, a, r, x, m = .12, .13, .05, .06, .08           # flat, mostly neutral
    elif (lang, team) == ("de", "Key Account"):
        p, a, r, x, m = .25, .28, .10, .05, .07
    elif (lang, team) == ("en", "Inside Sales"):
        # high until 2024-Q2; slow improvement from 2024-Q3 (t=6)
        if t <= 5:
            p, a, r, x, m = .52, .08, .03, .02, .08
        else:
            i = t - 6
            p = (.47, .43, .39, .36, .34, .32)[i]
            a = (.12, .15, .18, .20, .21, .22)[i]
            r = (.05, .07, .08, .10, .11, .12)[i]
            x = (.05, .06, .07, .07, .08, .08)[i]
            m = .08
    else:                                                 # English West: flat
        p, a, r, x, m = .12, .14, .05, .06, .08
    return {"P": p, "A": a, "R": r, "X": x, "M": m, "N": round(1 - p - a - r - x - m, 4)}

# ---------------------------------------------------------------------------
# German fragments.  One fragment a line: optional @tags, then the text.
# {a|b|c} picks one alternative, {a|} may drop a word; <ORT>, <KUNDE>, <NAME>,
# <TAG> are filled from the lists per team further down.
# ---------------------------------------------------------------------------

DE_PRESSURE = r'''
# --- generic: targets, quotas, reporting, control, rankings, fear ---
Jede Woche neue Zahlen, jede Woche neue Rechtfertigungen.
Ich fühle mich {ständig|permanent|dauernd} kontrolliert.
Die Abschlussquote wird {in jeder Teamrunde|jeden Montag|in jedem Meeting} an die Wand geworfen.
Leistungsdruck ohne Ende{.|, und es wird nicht besser.|, seit Monaten.}
Zu viel Druck, zu wenig Zeit für die Kunden.
Der Druck von oben wird {eins zu eins|ungefiltert|einfach} nach unten weitergegeben.
Am Ende zählt nur die Zahl am Monatsende.
KPIs, KPIs, KPIs. {Und sonst?|Mehr gibt es nicht.|Über was anderes reden wir nicht mehr.}
Wir werden nur noch an Zahlen gemessen.
Der Verkaufsdruck {ist enorm|nimmt zu|ist deutlich gestiegen}, {vor allem|besonders} bei den {Wartungsverträgen|Servicemodulen|Wärmepumpen}.
Die Zielvorgaben werden {einfach verkündet|von oben festgelegt}, ohne dass jemand fragt, ob sie realistisch sind.
Unrealistische Ziele{, mal wieder| wie jedes Quartal|, wie immer}.
Wer {hinten im Ranking|im Ranking unten} steht, wird {vorgeführt|bloßgestellt|in der Runde vorgeführt}.
Die Monatsziele sind kaum zu schaffen, wenn man die Kunden ordentlich betreut.
Ich {hab|habe} {ehrlich gesagt|} Angst vor dem nächsten Quartalsgespräch.
Zeitdruck bei Angeboten{ ist enorm|, jeden Tag|}. Alles soll {gestern|am selben Tag} raus.
Das Wochenreporting frisst {meinen Freitag|den halben Freitag|jeden Freitagnachmittag}.
Wer unter Plan ist, bekommt {jeden Tag|täglich} eine Mail mit roten Ausrufezeichen.
Wir sollen {pro Termin|bei jedem Besuch} {ein Zusatzprodukt|mindestens ein Modul} mitverkaufen, egal ob der Kunde es braucht.
Der Abschlussdruck zum Quartalsende ist {brutal|heftig|krass|jedes Mal schlimmer}.
Man wird {ständig|dauernd} gefragt, warum der Deal noch nicht unterschrieben ist.
Die Pipeline wird {jeden Tag|täglich|mehrmals die Woche} abgefragt.
{Ich komme mir vor|Man kommt sich vor} wie im Hamsterrad: Termine, Zahlen, Reporting, von vorn.
Micromanagement {pur|vom Feinsten|in Reinform}.
Jeder Kundentermin muss vorher im CRM begründet werden. Das ist Kontrolle, keine Führung.
Wenn die Zahlen nicht stimmen, wird {mit Konsequenzen gedroht|gleich von Konsequenzen geredet}.
Die Stornoquote steigt, weil {wir|alle} den Kunden Sachen andrehen, die sie nicht brauchen.
Erfolgsdruck, Zeitdruck, Zahlendruck. {Such dir was aus.|Alles auf einmal.}
Ich schlafe schlecht {wegen des Drucks|vor den Forecast-Calls|seit Wochen, der Leistungsdruck ist einfach zu hoch}.
Überstunden sind {inzwischen|mittlerweile} normal, sonst schafft man die Quote nicht.
Interne Konkurrenz um die gleichen Leads, {das Klima leidet|jeder gegen jeden}.
Kollegen sind {keine Kollegen mehr|nur noch Konkurrenten}, seit {es das Ranking gibt|es nur noch um die eigene Quote geht}.
Das Dashboard {blinkt rot|wird rot}, sobald man unter Plan ist. {Sehr motivierend.|Super motivierend...|Toll.}
Super, noch ein Report{...|. Genau das hat gefehlt.|. Wer liest die eigentlich?}
Die Besuchsquote ist wichtiger als die Qualität der Besuche.
@AD,TL Vorgabe: {fünf|sechs} Termine am Tag. Für Vorbereitung bleibt keine Zeit.
Ich verkaufe Kunden Sachen, die sie {eigentlich|} nicht brauchen, nur um {auf meine Quote|ans Monatsziel} zu kommen.
Die Vorgaben sind {völlig|komplett} losgelöst von {der Realität beim Kunden|dem, was im Markt passiert}.
Ständige Nachfragen von der Vertriebsleitung, wo der Auftrag bleibt.
Keiner fragt, wie es uns geht, nur wo die Zahlen sind.
Es zählt nur der Umsatz, {sonst nichts|alles andere ist egal}.
Die Quote wurde {schon wieder|wieder mal} erhöht, {ohne Begründung|ohne ein Wort der Erklärung}.
Jede Absage wird in der Runde {seziert|auseinandergenommen}, als hätte man ein Verbrechen begangen.
Zielerreichung unter 100 % heißt {Gespräch beim Chef|Einzelgespräch mit der Vertriebsleitung}. Jeder weiß, was das bedeutet.
@ID Die Anrufliste muss abtelefoniert werden, egal wie sinnvoll das ist.
@ID Im Innendienst zählen nur noch Anrufzahlen und Angebotsquote.
@ID Angebote müssen innerhalb von {zwei|vier} Stunden raus, sonst {gibt's Ärger|kommt die nächste Mail}.
@ID Jede Rückfrage vom Außendienst ist {dringend|„sofort“}, weil dort die Zahlen brennen.
@TL Als Teamleitung sitze ich zwischen den Stühlen: oben wollen sie Zahlen, unten brauchen die Leute Luft.
@TL Ich muss Vorgaben an mein Team weitergeben, die ich selbst für unrealistisch halte.
@TL Jeden Freitag muss ich eine Liste nach oben schicken, wer unter Plan ist. {Das fühlt sich falsch an.|Ich hasse das.}
@TL Als Teamleitung verbringe ich mehr Zeit mit Reporting als mit meinem Team.
Mehr Druck = mehr Umsatz? {Glaub ich nicht.|Die Rechnung geht nicht auf.|Schön wär's.}
Wochenziele, Monatsziele, Quartalsziele. Zielvorgaben ohne Ende.
Jeder Abschluss muss sofort im CRM stehen, sonst fehlt er im Ranking.
Ich habe das Gefühl, nur noch eine Nummer {im Forecast|im Dashboard|im Ranking} zu sein.
Wir werden ständig verglichen: wer hat mehr, wer hat weniger.
Gefühlt enthält jeder zweite Satz von oben das Wort „Zielerreichung“.
Das Team ist ausgelaugt vom ständigen Druck.
Kundenbesuche werden nach Anzahl bewertet, nicht danach, was dabei rauskommt.
Die Rabattschlacht zum Quartalsende {nervt|schadet uns auf Dauer}. Hauptsache, der Abschluss ist drin.
Hauptsache Abschluss. {Was danach kommt, interessiert keinen.|Der Rest ist egal.}
Im Pipeline-Review wird jeder Deal auseinandergenommen.
Kaum ist ein Ziel erreicht, wird das nächste {hochgeschraubt|erhöht}.
Ziele erhöht, Gebiete vergrößert, Leute weniger. {Passt.|Logisch.|Klar.}
Ich würde gern mehr Zeit beim Kunden verbringen, aber {das Reporting|die Berichtspflicht} frisst alles.
Die Zahlen müssen stimmen, egal {wie|um welchen Preis}.
Die Stimmung ist {im Keller|am Boden}, seit nur noch {Zahlen|Umsatz} zählen.
Tägliche Statusabfragen per Teams-Chat. {Nervt.|Wirklich?|Muss das sein?}
Wir haben jetzt einen „Verkäufer des Monats“. {Warum eigentlich?|Braucht kein Mensch.}
Zu viele KPIs, zu wenig Vertrauen.
Kontrolle, Kontrolle, Kontrolle.
Wir sollen Termine {durchpeitschen|abhaken}, nicht beraten.
Die Provisionsregelung belohnt Abschlüsse um jeden Preis.
Der Abschlussdruck macht {die Gespräche|jedes Kundengespräch} kaputt.
Urlaub {am Quartalsende|im Dezember|im Juni} wird nicht gern gesehen.
Krank sein ist hier {eigentlich nicht vorgesehen|quasi verboten}, die Quote wartet nicht.
{Viele|Einige} Kollegen denken {wegen des Drucks|bei dem Druck} übers Kündigen nach.
Überlege ernsthaft, {mich wegzubewerben|zu wechseln}.
Der Ton in den Forecast-Runden ist {rau|scharf|unangenehm} geworden.
Schon wieder ein Sales-Contest. {Gähn.|Bitte nicht.}
Ranking hier, Ranking da.
Statt Beratung gibt es nur noch {Abschlusstechniken|Einwandbehandlung nach Skript}.
Jeder Rabatt muss freigegeben werden, selbst entscheiden dürfen wir {nichts|fast nichts} mehr.
Alles wird getrackt: Anrufe, Besuche, Kilometer.
Die Vertriebsleitung schaut nur auf die Zahlen im {Dashboard|Reporting}, nicht auf die Menschen.
@q3,q4 Der Jahresendspurt fängt gefühlt {im September|schon im Oktober} an.
Upselling-Vorgaben {pro Termin|pro Kunde}?? Ernsthaft?
Der Druck ist {mittlerweile|inzwischen} {kaum auszuhalten|unerträglich}.
Die Cross-Selling-Quote hat mit unseren Kunden nichts zu tun.
Die Teamleitung ruft {zweimal|dreimal} am Tag an und fragt nach dem Stand der Pipeline.
Ich hab {schon wieder|wieder} eine Ermahnung wegen {fehlender Besuchsberichte|zu wenig Aktivitäten} bekommen.
Wir sollen Neukunden jagen, Bestandskunden {bleiben liegen|werden vernachlässigt}.
Quote, Quote, Quote. Irgendwann ist man nur noch Quote.
Leads werden nach Ranking verteilt, wer unten steht, bekommt {die Reste|nur die schlechten}.
Die Ansage war: „Unter 100 % gibt es keine Ausreden.“
Jede Verzögerung beim Kunden wird mir als {Versagen|Fehler} ausgelegt.
Der Forecast muss jede Woche {neu|komplett neu} erstellt werden, obwohl sich {kaum was|fast nichts} ändert.
Zu viele Pflichtfelder im CRM, {das ist reine Kontrolle|damit man uns besser überwachen kann}.
Man traut sich nicht mehr, im Meeting was Kritisches zu sagen.
Mir fehlt die Zeit für Vor- und Nachbereitung, weil nur die Anzahl der Termine zählt.
Die Zielvorgaben für {das nächste Quartal|das zweite Halbjahr} sind {utopisch|unrealistisch}.
Die Stimmung kippt immer in der letzten Woche vor dem Monatsabschluss.
Dieses ständige Nachhaken {nervt|zermürbt}.
Bonus nur bei 100 % Zielerreichung, sonst gar nichts. {Das ist kein Anreiz, das ist Druck.|Alles oder nichts.}
Die Monatsreports werden immer länger, die Zeit beim Kunden immer kürzer.
Sobald die Zahl mal unter Plan ist, wird man behandelt, als würde man nichts tun.
Wenn ich ehrlich bin: Ich hab keine Lust mehr auf diesen Zahlenwahn.
Wir verkaufen an den Kunden vorbei. Hauptsache, die Zahl stimmt.
Die Besuchsberichte werden {Wort für Wort|Zeile für Zeile} kontrolliert.
Es wird viel mehr über Zahlen geredet als über Kunden.
Telefonkonferenz um 7:30, damit jeder vor dem ersten Termin seine Tagesziele kennt.
Keiner traut sich, im Forecast ehrlich zu sein.
Die Zahlen werden {schöngerechnet|geschönt}, damit der Forecast passt.
Die Einarbeitung war kurz: Ab {Woche 3|dem zweiten Monat} gab es eine Quote.
Ständig kommen neue Aktionen, die bis {Monatsende|Freitag} verkauft werden müssen.
Verkaufen um jeden Preis. {So fühlt es sich an.|Das ist die Devise.}
Druck, Druck, Druck.
Zahlen, Zahlen, Zahlen. {Und dazwischen ab und zu ein Kunde.|Sonst nix.}
Die Abschlussquote hängt jetzt sogar in der Kaffeeküche.
Aus der Zentrale kommen {täglich|wöchentlich} neue Vorgaben.
Zu viel Druck.
Viel zu viel Kontrolle.
Stress wegen der Zahlen, wie immer.
Zielvorgaben unrealistisch, Stimmung mies.
Die Forecast-Calls am <TAG> {dauern ewig|sind ein Verhör|sind reine Zeitverschwendung}.
Die Quartalsziele wurden {nach oben korrigiert|angehoben}, der Markt aber nicht.
Im Monatsgespräch geht es {nur|ausschließlich} um Abschlussquote und Pipeline.
@AD,TL Man soll beim Kunden {nach 30 Minuten|nach dem ersten Termin} schon einen Abschluss haben. Unrealistisch.
Jede Gesprächsnotiz wird kontrolliert, als würden wir lügen.
Der Druck auf die Neuen ist {enorm|viel zu hoch}.
Unser Chef sagt {ständig|gern} „Zahlen lügen nicht“. Menschen offenbar schon.
Zum Monatsende werden Kunden {angerufen|bearbeitet}, bis sie unterschreiben.
Das Verhältnis zu {manchen|einigen} Kunden leidet unter dem ständigen Nachfassen.
# --- mild: the only pressure lines West and Key Account use (besides their own) ---
@mild Gelegentlich Druck beim Forecast, sonst ruhig.
@mild Die Forecast-Runde könnte kürzer sein, {90 Minuten sind zu lang|das meiste steht eh im CRM}.
@mild Zum Quartalsende wird es {etwas|ein bisschen} hektisch, wie immer.
@mild Die Zielvorgaben wurden leicht angehoben, ist aber machbar.
@mild Das Wochenreporting nervt {ein bisschen|manchmal}, {die Hälfte liest eh keiner|ist aber schnell gemacht}.
@mild Manchmal ist der Zeitdruck bei Angeboten hoch.
@mild Bei Ausschreibungen ist der Zeitdruck hoch, das gehört dazu.
@mild Die Pipeline-Review könnte kürzer sein.
@mild Zu viele KPIs im Monatsbericht, die Hälfte schaut sich keiner an.
@mild Die Upselling-Kampagne war mir zu aggressiv formuliert. Hab's auf meine Art gemacht.
@mild Der Forecast nervt manchmal, vor allem am Montagmorgen.
@mild Die Quartalsziele sind sportlich, aber nicht unmöglich.
@mild Die Jahresziele sind {ambitioniert|sportlich|ehrgeizig}{, aber machbar|, mal sehen|}.
@mild Die Zahlen werden im Monatsgespräch genau angeschaut, das ist ok, aber manchmal etwas viel.
@mild Etwas mehr Druck als letztes Quartal, aber im Rahmen.
@mild @q4 Der Druck zum Jahresende ist spürbar, aber noch okay.
@mild @q2 Zum Halbjahr werden die Zahlen enger verfolgt, wie jedes Jahr.
@mild Es gibt Kollegen, die über Zeitdruck klagen. Ich find's vertretbar.
@mild Die Pflichtfelder im CRM sind zu viele, das kostet Zeit.
@West Habe gehört, dass in anderen Regionen Rankings ausgehängt werden. Bitte bei uns nicht einführen.
@West @2024Q2+ {Was man aus Nord über den Turbo-Bonus hört|Was die Kollegen aus Hamburg über ihr Ranking erzählen}, klingt nach {ziemlich viel|enorm viel} Druck. {Bin froh, dass wir das nicht haben.|Bitte bei uns nicht einführen.|Zum Glück ist das bei uns anders.}
# --- Nord, before the incentive scheme: moderate ---
@Nord @-2024Q1 Die Forecast-Calls am Montagmorgen sind {zu lang|anstrengend}, aber {auszuhalten|machbar}.
@Nord @-2024Q1 Die Wochenberichte könnten {kürzer|einfacher} sein, {das meiste liest eh keiner|ist viel doppelt}.
@Nord @-2024Q1 Die Jahresziele sind ambitioniert, {aber machbar|mal sehen, ob das klappt}.
@Nord @2024Q1 Angeblich kommt im April ein neues Prämienmodell. Hoffentlich nicht nur mehr Druck.
@Nord @2024Q1 Es heißt, ab April wird nach Ranking bezahlt. {Stimmt das?|Kann das jemand bestätigen?}
# --- Nord, Turbo-Bonus from 2024-Q2 ---
@Nord @2024Q2+ Seit dem Turbo-Bonus {geht es nur noch um Abschlüsse|zählt nur noch die eigene Quote|hilft keiner mehr dem anderen}.
@Nord @2024Q2+ Der Turbo-Bonus hat aus Kollegen Konkurrenten gemacht.
@Nord @2024Q2+ Der Bildschirm mit der Rangliste im Flur {muss weg|macht mich fertig|ist einfach nur demütigend}.
@Nord @2024Q2+ Jeder sieht auf dem Ranking-Bildschirm im Flur, wer {gerade Letzter ist|unten steht}.
@Nord @2024Q2+ Die Zielvorgaben beim Turbo-Bonus sind {unrealistisch|kaum zu schaffen|ein Witz}.
@Nord @2024Q2+ Turbo-Bonus, Turbo-Ranking, Turbo-Stress. Der Name sagt eigentlich alles.
@Nord @2024Q2+ Die Teamleitung fragt {jetzt|inzwischen} täglich nach dem Stand der Pipeline.
@Nord @2024Q2+ Jede Kundenmail muss in CC an die Teamleitung. Micromanagement pur.
@Nord @2024Q2+ Jeden Freitag das Ranking per Mail an alle.
@Nord @2024Q2+ Das Ranking ist nicht motivierend, es ist {beschämend|demütigend}.
@Nord @2024Q4+ Jetzt wird sogar die Forecast-Genauigkeit in einer Rangliste veröffentlicht.
@Nord @2024Q2+ Wer im Turbo-Ranking unten steht, bekommt ein „Entwicklungsgespräch“. {Jeder weiß, was das heißt.|Man weiß, was gemeint ist.}
@Nord @2024Q2+ Cross-Selling-Quote pro Termin, Upselling-Quote pro Kunde. {Ich komme mir vor wie im Callcenter.|Beratung ist da nicht mehr vorgesehen.}
@Nord @2024Q4+ Die Fluktuation in Nord spricht für sich.
@Nord @2024Q3+ {Drei|Zwei|Vier} Kollegen sind {weg|gegangen}, der Rest soll deren Quote mittragen.
@Nord @2024Q3-2025Q1 Warum bekommt Süd ein Coaching und wir {noch mehr KPIs|ein Ranking|den Turbo-Bonus}?
@Nord @2024Q2+ Das Bonusmodell belohnt, wer Kunden am meisten unter Druck setzt.
@Nord @2024Q2+ Im Team wird nur noch über den Bonus und das Ranking geredet.
@Nord @2024Q2+ Die Vertriebsleitung misst alles und vertraut niemandem.
@Nord @2024Q2+ Die Leads werden seit dem Turbo-Bonus nach Ranking verteilt.
@Nord @2024Q2+ Kunden beschweren sich, dass sie {dreimal die Woche|ständig} angerufen werden. {Kein Wunder bei den Vorgaben.|Das ist die Quote.}
@Nord @2024Q2+ Das Turbo-Dashboard blinkt rot, wenn man unter Plan ist. {Sehr motivierend.|Toll.|Danke auch.}
@Nord @2024Q2+ Der Turbo-Bonus ist im Prinzip fair, wer mehr leistet, soll mehr verdienen. Aber der Druck, der damit kommt, ist heftig.
@Nord @2025Q1+ Jahr zwei mit dem Turbo-Bonus, und {es ist nicht besser geworden|die Quote ist noch mal gestiegen}.
@Nord @2025Q4 Das Bonusmodell soll für 2026 überprüft werden. {Glaub ich erst, wenn ich's sehe.|Hoffentlich ändert sich wirklich was.} Bis dahin: Ranking, Ranking, Ranking.
@Nord @2024Q3,2025Q3 Siegerehrung fürs Ranking beim Sommerfest. {Ernsthaft?|Peinlich.}
@Nord @2024Q4,2025Q4 Sogar auf der Weihnachtsfeier wurde das Ranking {vorgelesen|verkündet}. {Unfassbar.|Geht's noch?}
@Nord @2024Q2+ Die Wochenzahl bestimmt die Laune des ganzen Teams.
@Nord @2024Q2+ Wer einem Kollegen hilft, verliert Zeit für die eigene Quote.
@Nord @2024Q2+ Der Forecast wird jetzt zweimal die Woche abgefragt, und jede Abweichung muss begründet werden.
@Nord @2024Q2+ Der Chef schreibt {abends|am Wochenende} Mails mit Pipeline-Fragen.
@Nord @2024Q2+ {Man hat|Ich habe} das Gefühl, im Turbo-Ranking ist man nur so gut wie die letzte Woche.
@Nord @2024Q2+ Ich habe Angst, im Ranking nach unten zu rutschen.
@Nord @2024Q2+ Seit April 2024 nur noch Druck.
@Nord @2024Q3+ Die Neuen kündigen {nach ein paar Monaten|noch in der Probezeit}. Kein Wunder bei dem Druck.
@Nord @2024Q2+ Upselling-Vorgaben pro Termin, und wer sie verfehlt, muss es im Teammeeting erklären.
@Nord @2024Q2+ Es wird mit Konsequenzen gedroht, wenn man zweimal hintereinander unter Plan ist.
@Nord @2024Q2+ Die Bremer Kollegen und die Hamburger werden gegeneinander gerankt. {Toll für den Teamgeist.|Super Idee...}
# --- Süd, before the coaching: the most pressure ---
@Süd @-2023Q4 Der Regionalleiter schickt jeden Morgen eine KPI-Mail an alle.
@Süd @-2023Q4 Die Abschlussquote wird in der Teamrunde {Name für Name|einzeln} vorgelesen.
@Süd @-2023Q4 „Wer fragt, verliert Zeit“ – {O-Ton Regionalleiter|so die Ansage aus der Teamrunde}.
@Süd @-2023Q4 Wer im Ranking hinten ist, muss sich vor allen rechtfertigen.
@Süd @-2023Q4 Der Regionalleiter ruft an, wenn der Tagesreport {fünf Minuten zu spät|nicht bis 17 Uhr} kommt. Kontrolle ohne Ende.
@Süd @-2023Q4 In der Teamrunde in <ORT> geht es nur um Zahlen.
@Süd @-2023Q4 Abschlusstraining Nummer {drei|vier}: noch mehr Tricks, um Kunden unter Druck zu setzen.
@Süd @2023Q4 Ab Januar soll es ein Coaching geben. Ich wette, am Ende geht es wieder nur um die Abschlussquote.
# --- Süd, during the coaching: what is left ---
@Süd @2024Q1+ Coaching schön und gut, aber die {Quote|Zielvorgabe} ist {trotzdem dieselbe|die gleiche geblieben}.
@Süd @2024Q1-2024Q3 Mehr Zeit für Workshops heißt weniger Zeit für Termine. Am Monatsende fehlen dann die Abschlüsse.
@Süd @2024Q1+ Der Forecast nervt {immer noch|nach wie vor}, {Coaching hin oder her|daran ändert auch kein Workshop was}.
@Süd @2024Q1+ Verkaufsdruck ist {immer noch da|nicht verschwunden}, nur {leiser|anders}.
@Süd @2024Q1-2024Q2 Die Zahlen werden weiter jeden Montag abgefragt, Coaching hin oder her.
@Süd @2024Q4,2025Q4 Zum Jahresende wird doch wieder mehr auf die Zahlen geschaut.
# --- Key Account ---
@KA Bei den Rahmenverträgen zählt für die Geschäftsleitung nur das Volumen.
@KA Die Zielvorgabe für die Key Accounts wurde {um 15 %|um 20 %} erhöht, obwohl zwei große Ausschreibungen noch offen sind.
@KA Jeden Monat Forecast für Ausschreibungen, die erst in einem Jahr entschieden werden. Wozu?
@KA Die Geschäftsleitung will die Verlängerung mit <KUNDE> bis {Monatsende|Quartalsende}. Der Kunde entscheidet aber im Gremium, und das tagt, wann es tagt.
@mild Die Wochenberichte {könnten kürzer sein|sind etwas lästig|kosten jeden Freitag eine Stunde}.
@mild Zum Quartalsende wird der Forecast {zweimal|öfter} abgefragt, das nervt ein bisschen.
@mild Die Jahresziele wurden {etwas|leicht} erhöht, {mal sehen|sollte aber gehen}.
@mild Bei Großaufträgen ist der Zeitdruck manchmal hoch.
@mild Ein bisschen mehr Luft bei den Angebotsfristen wäre schön, der Zeitdruck ist manchmal unnötig.
@mild Die KPI-Übersicht im Monatsgespräch ist okay, nur zu detailliert.
@mild Der Forecast ist {oft|manchmal} reine Kaffeesatzleserei, aber gut, muss halt sein.
@mild Die Upselling-Vorgaben für die Servicemodule sind {etwas hoch|ambitioniert}.
@mild Das Pipeline-Review am {Montag|Donnerstag} ist anstrengend, aber sachlich.
@West @2024Q3+ Bei uns ist es ruhig, während man aus Nord nur Geschichten über Druck und Rankings hört.
'''

DE_ADVISORY = r'''
Ich habe beim Kunden {einfach mal|erst mal} zugehört, bevor ich irgendwas angeboten habe. {Hat sich gelohnt.|Siehe da: ganz anderes Problem als gedacht.|Der Termin lief viel besser.}
Wir haben gemeinsam mit dem Kunden eine Lösung {erarbeitet|entwickelt}{, die wirklich passt|, an die ich allein nie gedacht hätte|}.
Ein Kunde {bei <KUNDE>|} hat ausdrücklich gesagt, dass er unsere Beratung schätzt.
Bei <KUNDE> haben wir uns erst die Abläufe angeschaut, bevor wir über Produkte geredet haben.
Gute Gespräche auf Augenhöhe, {dafür mach ich den Job|das macht den Job aus|so soll es sein}.
Ich frage {jetzt|inzwischen} viel mehr nach, bevor ich ein Angebot mache.
Kunden wollen verstanden werden, nicht überredet.
Bedarfsanalyse zusammen mit dem Kunden gemacht, {die Ergebnisse haben uns beide überrascht|sehr aufschlussreich|lief richtig gut}.
Wir haben einem Kunden von einem Zusatzmodul abgeraten, weil er es nicht braucht. Er war {dankbar|überrascht} und {hat uns weiterempfohlen|bleibt uns treu}.
@AD,TL,KAM Beim Kunden vor Ort erst mit dem Haustechniker gesprochen, dann ein Angebot gemacht. {Viel besser.|Lohnt sich.|So sollte es immer laufen.}
Unsere Teamleitung hat immer ein offenes Ohr.
Die Kunden merken, wenn man sich Zeit nimmt und zuhört.
Ein Kunde hat uns weiterempfohlen, ohne dass wir {gefragt haben|darum gebeten haben}.
Langfristige Kundenbeziehungen sind unsere Stärke. {Das sollten wir nicht vergessen.|Darauf bin ich stolz.}
Offene Fragen stellen funktioniert {immer besser|richtig gut|besser als jede Präsentation}.
Der Kunde hat am Ende selbst gesagt, welche Lösung er sich vorstellt.
Im Jahresgespräch mit <KUNDE> haben wir erst über seine Pläne gesprochen und dann über unsere Produkte.
Kunden sprechen uns {von sich aus|inzwischen} auf neue Themen an. Das Vertrauen {ist spürbar gewachsen|ist da}.
Mit dem Innendienst zusammen {ein Problem|eine Reklamation} beim Kunden gelöst. {Top Zusammenarbeit.|So muss das.}
Ich nehme mir bei Bestandskunden Zeit, zu verstehen, was sich bei ihnen verändert hat.
Wir verstehen die Bedürfnisse unserer Kunden {heute|inzwischen} viel besser.
Mit dem Kunden gemeinsam planen statt nur zu verkaufen, das funktioniert.
Bei der Ausschreibung hat uns der Kunde wegen der Beratung gewählt, nicht wegen des Preises.
Workshop beim Kunden: gemeinsam den Bedarf geklärt, dann erst über Produkte geredet.
Reklamation ernst genommen, beim Kunden vorbeigefahren, zugehört. Jetzt ist er zufriedener als vorher.
@ID Bei Rückfragen frag ich inzwischen genauer nach, was der Kunde eigentlich vorhat.
@ID Am Telefon merke ich, wie viel ein Kunde erzählt, wenn man ihn ausreden lässt.
@ID Im Innendienst hören wir oft zuerst, wo es beim Kunden hakt. Das sollten wir besser an den Außendienst weitergeben.
@TL Als Teamleitung versuche ich, in Einzelgesprächen mehr zuzuhören und weniger über Zahlen zu reden.
@TL Ich begleite meine Leute zu Kundenterminen und merke, wie gut sie beraten, wenn man sie lässt.
Die Teamleitung nimmt sich Zeit für Einzelgespräche, nicht nur über Zahlen.
Kunden nicht überreden, sondern beraten. {Klappt.|So sollte es sein.}
Der Kunde hat uns sein eigentliches Problem erst erzählt, als wir genauer nachgefragt haben.
Vertrauen ist bei unseren Kunden alles.
Gemeinsam mit dem Kunden eine Lösung für die Heizungsmodernisierung gefunden, die ins Budget passt.
Wir haben {mit|bei} <KUNDE> einen Workshop gemacht statt einer Produktpräsentation, um den Bedarf zu verstehen. {Kam super an.|Hat sich gelohnt.}
Ein Kunde hat sich bedankt, dass wir ihm ehrlich gesagt haben, was er nicht braucht.
Ich lerne jeden Tag, wie unterschiedlich die Bedürfnisse von Stadtwerken und Kliniken sind.
Bei der Bäckereikette haben wir zugehört, wie die Abläufe nachts laufen. Danach war klar, was sie brauchen.
Ich versuche, die Situation des Kunden zu verstehen, bevor ich über Technik rede.
Zuhören ist {unterschätzt|das Wichtigste im Vertrieb}.
Mein bester Termin diesen Monat: kaum geredet, viel gefragt, am Ende wusste der Kunde selbst, was er will.
@AD,TL Bei <KUNDE> war ich mit dem Techniker zusammen vor Ort, wir haben uns die Anlage angeschaut und erst dann beraten.
Die Zusammenarbeit mit dem Service ist gut, so können wir Kunden wirklich helfen.
Wir haben dem Kunden zugehört und statt der großen Lösung erst mal die Wartung angeboten. Passt besser.
Kunden schätzen es, wenn man wiederkommt, auch wenn es nichts zu verkaufen gibt.
Ich rufe Bestandskunden inzwischen auch an, wenn ich nichts verkaufen will. Die freuen sich.
Beratung auf Augenhöhe, {so muss das sein|da fühlt sich der Kunde ernst genommen}.
Für mich ist das Wichtigste, die Probleme des Kunden zu verstehen.
Endlich mal Zeit gehabt, mit einem Kunden in Ruhe über seine Pläne zu sprechen.
Mit <KUNDE> zusammen die Anforderungen aufgenommen, das hat mehr gebracht als jede Präsentation.
Eine Kundin hat mir gesagt, sie fühlt sich bei uns gut beraten. Das freut mich.
Wir haben mit dem Kunden zusammen überlegt, wie er Energie sparen kann, und dann gemeinsam ein Konzept gebaut.
Bei schwierigen Kunden hilft es, erst mal zuzuhören und nicht gleich zu widersprechen.
Guter Austausch mit den Kollegen darüber, wie wir Kunden besser beraten können.
Kundenbedürfnisse verstehen, dann anbieten. Eigentlich ganz einfach.
Die Kunden vertrauen uns, weil wir ehrlich beraten.
@KA Bei den Key Accounts geht es um Vertrauen über Jahre, nicht um den schnellen Abschluss.
@KA Mit dem Einkauf von <KUNDE> haben wir die Anforderungen für die Ausschreibung gemeinsam durchgesprochen. Der Kunde hat gemerkt, dass wir zuhören.
@KA Rahmenvertrag mit <KUNDE> verlängert, nach vielen Gesprächen auf Augenhöhe mit Technik und Einkauf.
@KA Wir haben für den Klinikverbund erst den Bedarf jeder Klinik aufgenommen, bevor wir ein Angebot gerechnet haben.
# --- Süd, the coaching programme from 2024-Q1 ---
@Süd @2024Q1+ Die Übung, nur offene Fragen zu stellen, {fand ich stark|war Gold wert}. Der Kunde hat viel mehr erzählt als sonst.
@Süd @2024Q1+ Gespräche auf Augenhöhe statt Verkaufsgespräche. {Klingt nach Phrase, fühlt sich aber anders an.|Das merkt der Kunde sofort.}
@Süd @2024Q1+ Der Regionalleiter hört inzwischen mehr zu, als er redet.
@Süd @2024Q1+ Unser Coach fragt {immer|jedes Mal}: Was braucht der Kunde wirklich?
@Süd @2024Q1+ Im Rollenspiel gelernt, den Kunden ausreden zu lassen. Klingt banal, macht aber einen riesigen Unterschied.
@Süd @2024Q2+ Wir machen jetzt öfter Kunden-Workshops vor Ort statt Produktpräsentationen.
@Süd @2024Q2+ Seit dem Coaching frage ich am Anfang jedes Termins, was dem Kunden gerade am meisten Sorgen macht.
@Süd @2024Q2+ Ich hab gelernt, dass Zuhören kein Zeitverlust ist, sondern die Abkürzung zum richtigen Angebot.
@Süd @2024Q3+ Kunden rufen uns inzwischen an, bevor sie eine Ausschreibung machen, und fragen nach unserer Einschätzung.
@Süd @2024Q3+ Peer-Coaching mit den Kollegen aus <ORT> ist richtig gut. Man lernt, wie andere beraten.
@Süd @2024Q3+ Die Teamrunde beginnt jetzt mit einem Kundenfall statt mit der Abschlussquote.
@Süd @2024Q3+ Die Bedarfsanalyse ist bei uns jetzt fester Teil jedes Erstgesprächs.
@Süd @2025Q1+ Die Zusammenarbeit mit den Kunden ist partnerschaftlicher geworden, das merken beide Seiten.
@Süd @2024Q4,2025Q4 Die Ziele fürs nächste Jahr wurden mit uns gemeinsam besprochen, nicht einfach verkündet.
# --- West: single advisory moments (same every quarter) ---
@West Viele gute Gespräche, bei denen wir erst mal zugehört haben, was die Kunden umtreibt.
@West Die Teamleiterin fragt im Einzelgespräch, was wir brauchen, nicht nur, wo die Zahlen stehen.
# --- Inside Sales is in the English file; Nord: a few moments, more before 2024-Q2 ---
@Nord @-2024Q1 Termin mit den Stadtwerken lief gut, wir haben zusammen mit dem Kunden seine Wartungsplanung durchgesprochen.
@Nord @-2024Q1 Unser Teamleiter begleitet uns manchmal zum Kunden und hört einfach zu. Das hilft.
@Nord @2024Q2+ Ich hatte ein gutes Gespräch mit einem Kunden, wo wir gemeinsam rausgefunden haben, was er wirklich braucht. Im Ranking bringt mir das nichts.
'''

DE_REFLECTION = r'''
Mir ist aufgefallen, dass ich bei Bestandskunden kaum noch nachfrage. {Da schleicht sich Routine ein.|Muss ich ändern.}
Ich frage mich {gerade|in letzter Zeit}, warum ich eigentlich immer so schnell zum Abschluss will.
Einen Auftrag verloren, weil ich zu früh mit dem Preis kam. {Fehler gemacht, draus gelernt.|Daraus lerne ich.|Passiert mir nicht noch mal.}
Meine Annahme war {immer|lange}, dass Kunden vor allem den Preis wollen. {Stimmt oft nicht.|Falsch gedacht.}
Im Nachhinein hätte ich beim Termin {mehr fragen sollen|besser zuhören sollen|weniger reden sollen}.
Ich habe gelernt, meine Fehler {nicht zu verstecken|offen anzusprechen}.
Wir reden im Team {offen|inzwischen} über verlorene Aufträge, ohne Schuldzuweisung.
Mein Bild vom „schwierigen Kunden“ war {meistens|oft} mein eigenes Vorurteil.
Alte Muster abzulegen ist schwerer als gedacht.
Ich nehme mir vor, {konsequenter nachzufragen|mehr zu fragen}, bevor ich Lösungen anbiete.
Kleines Aha-Erlebnis: {Der Kunde wollte gar nicht das, was ich dachte.|Ich rede zu viel.|Ich höre oft nur, was ich hören will.}
Ich hinterfrage {gerade|inzwischen} meine Gewohnheit, jeden Termin mit einer Präsentation zu starten.
Nach dem verlorenen Auftrag bei <KUNDE> haben wir im Team reflektiert, was wir hätten anders machen können.
Früher dachte ich, man muss sofort eine Lösung haben. {Heute weiß ich es besser.|Stimmt nicht.}
Ich ertappe mich {oft|immer wieder} dabei, {Annahmen über den Kunden zu treffen|dem Kunden ins Wort zu fallen}.
Selbstreflexion ist unbequem, {aber sie lohnt sich|hilft aber}.
Perspektivwechsel: Wie würde ich mich als Kunde fühlen, wenn jemand so mit mir redet?
Nach dem Projekt haben wir eine Retrospektive gemacht. {Sehr hilfreich.|Gute Sache.}
Mein blinder Fleck: {Ich rede zu schnell über Preise.|Ich höre nur, was ich hören will.|Ich gehe davon aus, dass ich den Kunden schon kenne.}
Ich frage mich manchmal, ob wir zu sehr in alten Mustern arbeiten.
Unser Umgang mit Fehlern ist besser geworden.
Mir fällt auf, dass ich bei neuen Kunden ganz anders auftrete als bei alten. Warum eigentlich?
Ich habe zu lange gedacht, dass der Kunde schon sagt, was er braucht.
Ich frage mich, ob ich manchmal zu schnell aufgebe, wenn ein Kunde zögert.
Aus meinen Fehlern im letzten Quartal habe ich mehr gelernt als aus jeder Schulung.
Vielleicht sollten wir hinterfragen, warum wir Dinge so machen, wie wir sie immer gemacht haben.
Ich merke, dass ich unter Stress in alte Gewohnheiten zurückfalle.
Ich muss zugeben: Meine erste Einschätzung von Kunden liegt öfter daneben, als ich dachte.
Wenn ich ehrlich bin, habe ich mir nie die Zeit genommen, über meine Gespräche nachzudenken.
Wir sollten mal hinterfragen, warum uns die Kunden eigentlich kaufen.
Ich denke viel darüber nach, wie ich mit Absagen umgehe.
Gemerkt, dass ich im Autopilot unterwegs war. Jeder Termin gleich, egal welcher Kunde.
Interessanter Denkanstoß von einem Kollegen: Wer fragt, führt.
Hab mir angewöhnt, nach schwierigen Terminen kurz aufzuschreiben, was ich angenommen habe und was dann wirklich war.
Ich habe meine Meinung über {einen Kunden|unseren größten Kunden} komplett geändert, nachdem ich ihn mal in Ruhe erzählen ließ.
Mein Learning aus diesem Quartal: nicht jede Stille füllen.
Ich habe gemerkt, wie sehr mein Bild von einem Kunden vom ersten Eindruck abhängt.
@TL Als Teamleitung frage ich mich, ob ich meine Leute zu sehr in alte Muster dränge.
@TL Ich habe in den Einzelgesprächen zu oft nur auf die Zahlen geschaut. Das will ich ändern.
@ID Im Innendienst hab ich gemerkt, dass ich Anfragen oft zu schnell abarbeite, statt kurz nachzudenken, was dahintersteckt.
@KA Nach der verlorenen Ausschreibung haben wir ehrlich reflektiert: Wir haben zu wenig gefragt und zu viel präsentiert.
@KA Ich hinterfrage gerade, ob wir bei den großen Kunden nicht zu sehr auf den Einkauf schauen und zu wenig auf die Technik.
# --- Süd, coaching from 2024-Q1 ---
@Süd @2024Q1+ Im Workshop ist mir klar geworden, dass ich {oft|meistens} zu schnell ein Produkt vorschlage.
@Süd @2024Q1+ Ich lerne {gerade|langsam}, Stille im Gespräch auszuhalten.
@Süd @2024Q1+ Nach jedem Termin nehm ich mir fünf Minuten: Was habe ich angenommen, was hat sich bestätigt?
@Süd @2024Q2+ Die Reflexionsrunden am Freitag sind mir wichtig geworden.
@Süd @2024Q2+ Kollegiale Fallberatung {am Donnerstag|jeden zweiten Freitag} ist {super|hilfreich|das Beste an der Woche}.
@Süd @2024Q1+ Das Coaching hat mir einen Spiegel vorgehalten. {Nicht immer angenehm.|Unangenehm, aber nötig.}
@Süd @2024Q2+ Ich habe meine Annahmen über „typische“ Kunden überprüft. Die meisten waren falsch.
@Süd @2024Q3+ Wir sprechen im Team inzwischen offen über Fehler. Vor einem Jahr undenkbar.
@Süd @2024Q3+ Seit dem Coaching hinterfrage ich meine Gewohnheiten viel mehr. Anstrengend, aber gut.
@Süd @2024Q1+ Im Coaching gefragt worden, woran ich einen guten Termin erkenne. Ich hatte keine Antwort, nur Zahlen.
@Süd @2024Q3+ Blinde Flecken sieht man nur mit anderen. Deshalb ist das Peer-Coaching so wertvoll.
@Süd @2025Q1+ Wenn ich auf die letzten Monate zurückschaue, habe ich meine Rolle als Berater ganz neu verstanden.
@Süd @2024Q4,2025Q4 Rückblick aufs Jahr: Ich habe mehr gelernt als in den fünf Jahren davor.
# --- Nord: rare ---
@Nord @2024Q2+ Ich merke, dass ich Kunden nur noch als Zahl im Forecast sehe. Das gefällt mir nicht.
@Nord @2024Q3+ Ich frage mich, ob ich so weitermachen will. Das bin nicht ich, der da Kunden drängt.
@West Ab und zu frage ich mich, ob ich bei Stammkunden nicht zu bequem geworden bin.
'''

DE_RELIEF = r'''
Kein Druck, kein Stress{, ganz normales Quartal|, so kann's bleiben|}.
Wenig Druck gerade, man kann vernünftig arbeiten.
Ziele {knapp|} erreicht, ohne dass jemand Panik gemacht hat.
Quartalsziel knapp verfehlt, aber es wurde kein Drama draus gemacht.
@West,KA Keiner kontrolliert, ob man um 8 online ist, und die Zahlen stimmen trotzdem.
Die Zahlen werden besprochen, aber ohne {Druck|Standpauke|Drama}.
@West,KA Kein Micromanagement, wir dürfen unsere Touren selbst planen.
@West,KA Niemand macht Druck, wenn mal ein Auftrag wackelt.
@West,KA Kein Ranking, kein Wettbewerb im Team. {Gut so.|Bitte so lassen.}
@West,KA Forecast-Runde ohne Verhör, so soll es sein.
@Süd @2024Q2+ Endlich kein Ranking mehr in der Teamrunde.
@Süd @2024Q2+ Keine Drohungen mehr im Teammeeting. {Danke.|Tut gut.|Endlich.}
@Süd @2024Q2+ Endlich kein Zeitdruck mehr bei den Angeboten.
@Süd @2024Q2+ Keine täglichen KPI-Mails mehr. {Herrlich.|Endlich.|Was für eine Erleichterung.}
@Süd @2024Q2+ Die Abschlussquote wird nicht mehr vorgelesen. Das allein hat die Stimmung verändert.
@Süd @2024Q3+ Der Druck ist weg, aber die Zahlen zählen trotzdem, und das ist auch okay.
@Süd @2024Q1+ Forecast immer noch jede Woche, aber {wenigstens|immerhin} ohne Standpauke.
@Süd @2024Q3+ Kein Zeitdruck mehr im Kundentermin, wir dürfen uns die Zeit nehmen, die der Kunde braucht.
@Süd @2024Q4,2025Q4 Dezember ohne Rankings und ohne Druck. Früher undenkbar.
@Süd @2024Q3+ Mehr Fragen, weniger Ansagen. Kein Vergleich zu früher.
@Süd @2024Q2+ Der Regionalleiter schickt keine KPI-Mails mehr, sondern fragt, wie es läuft.
@Süd @2025Q1+ Ein Jahr ohne Rankings, und die Zahlen sind nicht schlechter geworden.
@West Kein Ranking bei uns, und ich hoffe, das bleibt so.
@West Bei uns macht keiner Druck wegen des Forecasts.
@Nord @-2024Q1 Kein übertriebener Druck im Moment, das Team ist entspannt.
@KA Kein Quartalsdruck bei den Großkunden, die Geschäftsleitung versteht, dass Ausschreibungen dauern.
'''

DE_MIXED = r'''
Ich versuche, bei meinen Kunden zu verstehen, was sie brauchen, aber dafür fehlt {einfach die Zeit|bei den Vorgaben die Zeit}.
Gute Beratung braucht Zeit, die Quote gibt uns die nicht.
Der Kunde vertraut uns, aber das zählt in keiner KPI.
Ein richtig gutes Beratungsgespräch gehabt. Im Ranking hat es mir natürlich nichts gebracht.
Zuhören wäre schön, aber am Ende des Monats zählt die Abschlussquote.
Wir sollen beraten und gleichzeitig jede Woche {drei|fünf} Abschlüsse machen. Wie passt das zusammen?
Das Team ist super, die Vorgaben sind es nicht.
@mild Gutes Team, harte Ziele.
Mit den Kunden läuft es gut, mit den Vorgaben von oben nicht.
Kunden sind zufrieden, Vertriebsleitung nicht. Komisch.
Ich höre meinen Kunden gern zu, aber der Forecast will was anderes hören.
Gute Gespräche mit Kunden, viel Druck von innen.
Die Bedürfnisse der Kunden und die Upselling-Vorgaben passen selten zusammen.
Wir wollen Berater sein, werden aber wie Drücker gesteuert.
Ich würde Kunden gern besser beraten, aber der Zeitdruck lässt das nicht zu.
Das Vertrauen unserer Kunden ist groß. Das Vertrauen der Vertriebsleitung in uns eher nicht.
Kunden loben die Beratung, intern wird nur die Quote gelobt.
Die Zusammenarbeit im Team ist gut, der Druck von oben nicht.
Einerseits sollen wir Kunden besser verstehen, andererseits gibt es Besuchsquoten.
@mild Nette Kunden, gute Kollegen, {zu viele KPIs|zu viel Reporting|zu viele Kennzahlen im Monatsbericht}.
Im Workshop reden wir über Zuhören, im Alltag über Zahlen.
Die Kunden wollen Beratung, die Zentrale will Abschlüsse.
@mild Manchmal ist der Zeitdruck hoch, aber das gehört im Vertrieb dazu.
@mild Die Ziele sind {ambitioniert|sportlich|hoch}, aber wir dürfen sie auf unsere Art erreichen.
@mild Zum Quartalsende wird es hektisch, sonst kann man gut mit den Kunden arbeiten.
@mild Ein bisschen Druck gibt es {immer|halt immer|zum Quartalsende immer}, aber der Umgang im Team {ist fair|stimmt}.
@Süd @2024Q2+ Der Druck ist noch da, aber wir reden jetzt mehr über Kunden als über Quoten.
@Süd @2024Q1+ Coaching und Quote gleichzeitig, das fühlt sich manchmal widersprüchlich an.
@Nord @2024Q2+ Gemeinsam mit dem Kunden eine Lösung erarbeitet, aber im Turbo-Ranking zählt nur der Abschluss.
@Nord @2024Q2+ Die Kunden merken den Druck. Einer hat mich gefragt, ob bei uns alles in Ordnung ist.
@West Die Zahlen sind mal besser, mal schlechter, aber {der Umgang ist fair|keiner macht deswegen Stress|die Teamleitung bleibt sachlich}.
@West Ziele machbar, Kunden zufrieden, Forecast-Runde {zu lang|zu früh am Montag|könnte kürzer sein}.
@mild Viel Arbeit, aber {gute Stimmung im Team|ein gutes Team|nette Kollegen}.
@mild Zum Monatsende wird's eng, aber die Teamleitung bleibt entspannt.
@mild Die Ziele sind hoch, die Unterstützung {aber auch|durch die Teamleitung aber auch}.
@mild Ab und zu Druck beim Forecast, aber die Kunden merken davon nichts.
@mild Etwas Zeitdruck bei Angeboten, dafür viel Freiheit bei der Tourenplanung.
@mild Die Zahlen stimmen, die Stimmung auch. Nur die Forecast-Runde ist {zu lang|zu häufig}.
@mild Wir haben ordentlich zu tun, aber es ist machbar, und keiner macht Panik.
@mild Quartalsziel {knapp|gerade so} erreicht, mit etwas Stress am Ende, aber ohne Drama.
@mild Zielvorgaben sportlich, Teamleitung fair.
@mild Die Pipeline ist voll, der Kalender auch. Trotzdem bleibt Zeit für ordentliche Kundengespräche.
@mild Mehr Termine als sonst, aber gute Gespräche dabei.
@mild Forecast ok, Kunden ok, nur das Reporting frisst zu viel Zeit.
@mild Manchmal hektisch, aber wir helfen uns im Team gegenseitig.
@mild Die Quote ist sportlich, aber wir dürfen den Kunden die Zeit geben, die sie brauchen.
@West Bei uns wird der Forecast besprochen, nicht verhört. Trotzdem dauert die Runde zu lang.
@West Die Teamleiterin fragt nach den Zahlen, aber auch danach, wie es uns geht.
@West Ausschreibungen bedeuten Zeitdruck, aber wir nehmen uns trotzdem Zeit für die Gespräche mit den Kunden.
'''

DE_NEUTRAL = r'''
# --- food, coffee, office ---
Kantine <ORT>: bitte {wieder mehr Salate|öfter was Vegetarisches|größere Portionen}.
Die Kantine ist {okay|gut|besser geworden}, {vor allem freitags|nur die Preise sind gestiegen|gern so weiter}.
Schnitzelfreitag ist das Highlight der Woche.
Das Essen in der Kantine war {diese Woche|in letzter Zeit} {lauwarm|ziemlich fade}.
@2024Q2+ Die neuen Kaffeemaschinen sind {top|super|ein Traum}{, endlich trinkbarer Milchschaum|, danke|}.
@-2024Q1 Die Kaffeemaschine im {zweiten Stock|Erdgeschoss} ist {kaputt|mal wieder verkalkt|eine Zumutung}. Bitte ersetzen.
@2024Q4+ Die Kaffeemaschine im {zweiten Stock|Erdgeschoss} leckt{ seit Wochen|, ein Handtuch drunter ist keine Lösung|}.
Die Spülmaschine in der Teeküche {ist kaputt|läuft nie}, alle stapeln Tassen.
Bitte mehr Obst im Büro.
Der Drucker im {3. Stock|Erdgeschoss} {hat Papierstau|streikt|druckt nur noch Streifen}.
Das Intranet ist {unübersichtlich|eine Katastrophe}, ich finde die Formulare nie.
Die Besprechungsräume sind ständig belegt, obwohl keiner drin sitzt.
WLAN im Besprechungsraum geht {mal wieder|} nicht.
@q3 Klimaanlage im Büro {fällt ständig aus|ist kaputt}. {Bei 30 Grad kann man nicht arbeiten.|Bitte reparieren!}
@q3 Hitze im Büro unerträglich{, die Klimaanlage ist seit Wochen kaputt|}.
@q1,q4 Heizung im Büro <ORT> {geht nicht richtig|ist zu schwach}. {Ausgerechnet bei uns, einer Heizungsfirma.|Peinlich für einen Heizungsanbieter.}
@2023Q1 Büro auf 19 Grad wegen Energiesparen. Ich sitze mit Jacke am Schreibtisch.
Die Toiletten im {2.|3.} Stock sind {schon wieder|seit Tagen} gesperrt.
Die Schreibtische sind zu klein für zwei Bildschirme.
Großraumbüro ist zu laut zum Telefonieren.
Bitte mehr {Ruheräume|Telefonboxen|Rückzugsräume} für {Telefonate|Kundentelefonate|vertrauliche Gespräche}.
Das Licht im Flur flackert seit Wochen.
# --- IT, tools, CRM ---
Das CRM ist {langsam|unfassbar langsam|langsam wie sonstwas}. Eine Kundenakte öffnen dauert {20|30} Sekunden.
@2023Q1-2023Q2 Die Umstellung aufs neue CRM war {chaotisch|holprig}, die Schulung viel zu kurz.
@2023Q1-2024Q4 Das neue CRM {stürzt ab|hängt}, sobald man Anhänge hochlädt.
CRM-Update hat {die Suche|den Export} kaputt gemacht. Ticket ist seit {drei|zwei} Wochen offen.
Das CRM und das ERP reden nicht miteinander, {alles doppelt eintragen|jeder Auftrag muss zweimal erfasst werden|Kundendaten pflegen wir doppelt}.
@2025Q3+ Das CRM wird angeblich im Januar {migriert|schon wieder umgestellt}. Bitte diesmal mit Schulung!
@-2024Q1 Laptop ist von 2019, {Teams stürzt ständig ab|der Akku hält keine Stunde}.
@2024Q1-2024Q3 Laptoptausch ist angekündigt, aber noch kein Termin.
@2024Q2+ Neuer Laptop ist da{, läuft deutlich flotter.|, endlich!|, Akku hält den ganzen Tag.}
VPN {bricht ständig ab|ist morgens total überlastet}.
Diensthandy ist {uralt|zu klein|dauernd leer}. Bitte ein neues Modell.
Bitte einen zweiten Bildschirm fürs Homeoffice.
Headset {ist kaputt|rauscht}, bestellt ist seit {drei Wochen|einem Monat} ein neues.
Passwort muss alle 60 Tage geändert werden, und das Portal sperrt einen dauernd aus.
Teams und Outlook synchronisieren die Termine nicht richtig.
Die Preisliste im System ist {veraltet|nicht aktuell}, ich rechne Angebote mit Excel nach.
Das Angebotstool rechnet die Rabatte falsch, {schon wieder|immer noch}.
@2023Q1-2024Q3 Reisekostenabrechnung über das neue Tool ist umständlich, {drei Freigabeschleifen für 12 Euro Parkgebühr|jeder Beleg muss einzeln hochgeladen werden}.
@2024Q4+ Spesen-App funktioniert {gut|endlich}, {danke|spart echt Zeit}!
@2024Q4+ Die Spesen-App {stürzt beim Foto-Upload ab|erkennt keine Tankquittungen}.
# --- parking, cars, travel ---
@Nord @-2024Q1 Parkplatzsituation am Standort Bremen ist seit der Baustelle eine Katastrophe.
@Nord @2024Q2+ Parkhaus in Bremen endlich fertig. Danke!
Parkplätze in <ORT> reichen {vorne und hinten nicht|nie}.
Bitte mehr {Parkplätze|Stellplätze} für E-Autos mit Ladesäule{, die vier reichen nicht|. Morgens ist alles belegt|}.
@AD,TL,KAM Dienstwagenbestellung dauert {sieben|acht} Monate, das ist absurd.
@AD,TL,KAM Dienstwagen-Regelung ist unklar, wer darf jetzt ein E-Auto?
@AD,TL,KAM Die Ladekarte für den Dienstwagen funktioniert an der Hälfte der Säulen nicht.
@q4 @AD,TL,KAM Die Winterreifen für die Dienstwagen wurden {zu spät|mal wieder zu spät} organisiert.
Bitte die Reisekostenrichtlinie überarbeiten, die Hotelpauschale reicht {in <ORT>|bei Messen} nie.
Reisekosten: eine Bahncard 100 für Vielfahrer wäre eine echte Erleichterung.
@AD,TL,KAM Fahrtkosten werden immer noch nach der alten Pauschale abgerechnet, warum?
@2024Q1+ {Fahrradstellplätze|Die Fahrradständer} reichen nicht mehr, seit es das Jobrad-Angebot gibt{. Bitte aufstocken!|.|, mittlerweile stehen die Räder im Flur.}
@2024Q1+ Jobrad ist super, {danke dafür|endlich auch bei uns}!
Die Bahn ist zu {Kundenterminen|Messen} {ständig|dauernd} verspätet, dafür kann keiner was. {Ist nur anstrengend.|Nervt trotzdem.|Ich fahre inzwischen lieber Auto.}
# --- HR, organisation, events ---
Homeoffice-Regelung ist gut so, wie sie ist. Bitte nicht ändern.
Bitte mehr Flexibilität bei den Arbeitszeiten{ an Freitagen| im Sommer|, Gleitzeit wäre schön}.
@q1,q2 Urlaubsplanung für den Sommer läuft, alles gut.
Urlaubsanträge dauern {zu lange|ewig} mit der Freigabe.
Die Gehaltsabrechnung ist {jetzt digital|nur noch online}, {gut so|ungewohnt, aber ok}.
Die Einarbeitung der Neuen könnte strukturierter sein.
Es fehlen Leute im Innendienst, die Angebote dauern.
Zwei Stellen im Team sind seit Monaten offen.
Bitte mehr Produktschulungen, vor allem {zu den Wärmepumpen|zu den neuen Servicemodulen}.
Mehr Schulung zu den neuen Produkten bitte, bei der Wärmepumpen-Serie fühle ich mich nicht sattelfest.
@q3 Sommerfest war {klasse|schön|super organisiert}, gerne wieder!
@q2 Sommerfest-Termin bitte früher bekanntgeben.
@q4 Weihnachtsfeier {war schön|wird hoffentlich wieder so gut wie letztes Jahr}, danke ans Orga-Team.
@q4 Weihnachtsfeier bitte nicht wieder an einem Montag.
Teamevent {im Frühjahr|nach Feierabend} war lustig, gerne öfter sowas.
Zu viele Umfragen. {Diese hier ist die dritte im Quartal.|Bitte weniger.}
Ehrlich gesagt weiß ich nicht, wozu diese Umfrage gut ist, es ändert sich ja eh nichts.
Danke, dass es diese Umfrage gibt. Hoffentlich wird sie auch gelesen.
@q1 Messe in Essen war {anstrengend|gut besucht}, die Standbetreuung könnte besser verteilt werden.
@q1 Kickoff war gut organisiert, {schöne Location|gutes Essen}.
Zu viele Mails, zu viele Meetings. {Wohl überall so.|Wie überall.|Kennt man ja.}
Mehr Austausch zwischen den Regionen wäre schön{, wir bekommen kaum mit, was die anderen machen|, vielleicht ein gemeinsamer Tag im Jahr|}.
Das neue Organigramm versteht keiner{, wer ist jetzt wofür zuständig?|.|, ich auch nicht.}
Die Kommunikation aus der Zentrale kommt {oft zu spät|meistens erst, wenn es schon alle aus der Gerüchteküche wissen|per Rundmail, die keiner liest}.
Die Gebietsaufteilung ist {unlogisch|nicht nachvollziehbar}, ich fahre an Kunden von Kollegen vorbei.
Neue Preisliste ist da, {endlich übersichtlich|mal wieder mit Fehlern}.
Wir brauchen bessere Unterlagen für die Servicemodule.
Die Broschüren sind veraltet, {die Bilder zeigen Geräte von 2015|da stehen noch die alten Preise drin}.
@2023Q1-2023Q4 Zu viele {Change-Projekte|Umstellungen} gleichzeitig: neues CRM, neues Spesen-Tool, {neue Preisliste|neue Gebietsaufteilung}.
@2025Q1+ Die neue Gebietsaufteilung ist {besser|fairer} als die alte.
Die Zusammenarbeit mit dem Service {klappt gut|könnte besser sein}.
Ersatzteile für {die Wärmepumpen|die Brennwertgeräte} haben {wochenlange|lange} Lieferzeiten, das ärgert die Kunden.
@2023Q1-2023Q4 Lieferzeiten für Wärmepumpen sind immer noch lang.
# --- general mood, no topic ---
@solo Alles im grünen Bereich.
@solo Passt soweit alles.
@solo Nix zu meckern.
@solo Alles wie immer.
@solo Es ist ok. Nicht mehr, nicht weniger.
@solo Geht so, ehrlich gesagt.
@solo Ziele ok, Team ok, Chef ok.
@solo Im Großen und Ganzen zufrieden.
@solo Keine Beschwerden.
@solo Gutes Team, tolle Kollegen.
@solo Ich mag mein Team.
@solo Ich arbeite gern hier.
Stimmung im Team gut, bisschen müde.
@solo Nichts Besonderes diesmal.
Danke an <NAME> für die Unterstützung {in den ersten Wochen|bei der Einarbeitung|beim großen Angebot}!
Großes Lob an <NAME> aus dem Innendienst. {Die Angebote kommen super schnell.|Hält uns immer den Rücken frei.}
Ein bisschen mehr Anerkennung für den Innendienst wäre schön.
Danke an die IT, {das neue Headset kam schnell|der Laptop lief nach einem Tag wieder}.
@solo Bin noch neu, bisher alles gut.
@q4 Gutes Jahr insgesamt, danke ans Team.
@q4 Jahresende {wie jedes Jahr|} etwas hektisch, aber im Rahmen.
@q3 Sommer ruhig, viele Kunden im Urlaub.
@q1 Guter Start ins Jahr.
@solo Viel los gerade, aber machbar.
Viel unterwegs diesen Monat, das schlaucht.
# --- Key Account ---
@KA Die Ausschreibung für den Klinikverbund hat uns drei Wochen gekostet.
@KA Rahmenvertrag mit <KUNDE> ist {durch|verlängert}, jetzt erst mal durchatmen.
@KA Wir sind zu viert für {40|über 30} Großkunden, das ist knapp.
@KA Die Abstimmung mit den Regionalteams bei Großkunden könnte besser sein.
@KA Reisen nach {Berlin|München|Leipzig} jede Woche, das Reisebudget reicht nicht.
Die Spesenpauschale für Übernachtungen ist seit Jahren nicht angepasst worden.
Das Hotelportal zeigt Preise, die nicht zur Richtlinie passen.
Bitte {Wasserspender|einen Wasserspender} auf jeder Etage.
Die Telefonanlage {bricht Gespräche ab|hat ein Echo}, seit dem Update.
Der Aufzug im {Altbau|Bürogebäude} ist {wieder|schon wieder} kaputt.
Die Arbeitsschuhe für Baustellenbesuche sind {zu klobig|kaum zu bekommen}.
@AD,TL,KAM Die Tankkarte wird an {vielen|einigen} Tankstellen nicht akzeptiert.
@AD,TL,KAM Der Dienstwagen ist {zu klein für die Muster und Prospekte|seit drei Wochen in der Werkstatt}.
@ID Im Innendienst fehlen {zwei Leute|Leute}, wir kommen mit den Angeboten kaum hinterher.
@ID Die Telefonzeiten im Innendienst sind zu lang, {eine Pause am Mittag wäre gut|ab 16 Uhr ruft eh keiner mehr an}.
@ID Bitte bessere Headsets für den Innendienst.
Die Vorlagen für Angebote sind {veraltet|unübersichtlich}, jeder bastelt sich seine eigene.
Bitte eine Übersicht, wer im Service für welche Region zuständig ist.
Das Onboarding-Handbuch ist {von 2019|veraltet}.
Die Schulungen zu {Wärmepumpen|Förderprogrammen} waren gut, gerne mehr davon.
Förderrichtlinien ändern sich dauernd, eine aktuelle Übersicht vom Produktmanagement wäre super.
Die Lieferzeiten {sind wieder besser|haben sich normalisiert}.
Die neuen Prospekte sind {schick|gut gemacht}.
Die Firmenfeier {im Frühjahr|nach der Messe} war nett.
Danke für das {Obst|neue Kaffeeangebot} im Büro.
Die Kollegen vom Service sind super hilfsbereit.
Ich wünsche mir ein {Firmenticket|Deutschlandticket} als Zuschuss.
@2023Q2+ Das Deutschlandticket als Jobticket ist {super|eine echte Erleichterung}.
Die Homeoffice-Tage sollten flexibler verteilt werden können.
Der {Pausenraum|Sozialraum} ist zu klein.
Die Parkplatzvergabe nach Betriebszugehörigkeit finde ich unfair.
Die IT-Hotline ist {gut erreichbar|kaum erreichbar}.
{Schön|Gut}, dass es wieder {ein|das} Sommerfest gibt.
@q4 Bitte die Urlaubsplanung für nächstes Jahr früher starten.
@q1 Die Gehaltserhöhung kam {pünktlich|spät, aber sie kam}.
@q2,q3 Hitzefrei gibt's im Vertrieb nicht, aber {Ventilatoren|kalte Getränke} wären nett.
@West Kantine Düsseldorf: {bitte wieder mehr Salate|die Currywurst ist top|zu voll zwischen 12 und 13}.
@West Der Rhein-Tunnel ist {morgens|abends} dicht, Termine in Düsseldorf kosten ewig.
@West Das Büro in Köln {braucht neue Stühle|ist im Sommer zu warm}.
@Nord Der Elbtunnel ist {jeden Morgen|ständig} dicht, Termine südlich der Elbe kosten ewig.
@Süd Stau auf der A8 {jeden Morgen|ständig}, Termine in Augsburg plane ich nur noch nachmittags.
'''

DE_OPENERS = r'''
Ehrlich gesagt:
Kurz und knapp:
Mein Feedback:
Vorweg:
Puh.
Hm.
Wie jedes Quartal:
Mal ehrlich:
Offen gesagt:
Ganz ehrlich?
Zur Frage nach der Stimmung:
Was mir auf dem Herzen liegt:
Stichwort Arbeitsalltag:
Zum Thema Zusammenarbeit:
Nur kurz:
Also.
Ok, dann mal ehrlich:
Was ich loswerden möchte:
Wie schon letztes Mal geschrieben:
Ich schreib's einfach mal hin:
@- Was nicht gut läuft:
@- Kritik:
@- Zum x-ten Mal:
@+ Was gut läuft:
@+ Lob:
@+ Positiv:
'''

DE_CLOSERS = r'''
Danke.
Danke fürs Lesen.
Mehr fällt mir gerade nicht ein.
Grüße
So viel von mir.
Bis zum nächsten Mal.
Mehr gibt's nicht zu sagen.
Schönes Wochenende allen!
Danke und Gruß
Passt schon.
Für heute reicht's.
Das war's von mir.
Schauen wir mal.
Nur meine Meinung.
Sonst alles ok.
Viele Grüße
LG
Gruß aus <ORT>
Bin gespannt.
Nur so als Rückmeldung.
Mal sehen, was draus wird.
Rest passt.
@- Bitte ändern!
@- So kann es nicht weitergehen.
@- Ändert sich eh nix.
@- Das musste mal gesagt werden.
@- Hoffentlich ändert sich was.
@- Bitte ernst nehmen.
@- Wird Zeit, dass sich was tut.
@+ Weiter so!
@+ Gerne mehr davon.
@+ Danke an das Team!
@+ Bitte so beibehalten.
@+ Macht Spaß gerade.
'''

DE_CONTRAST = ["Aber", "Trotzdem:", "Andererseits:", "Auf der anderen Seite:", "Dafür:"]   # last: good news only
DE_LIST_LABELS = [("Positiv:", "Negativ:"), ("Gut:", "Schlecht:"), ("Was gut läuft:", "Was nervt:"), ("Plus:", "Minus:")]
DE_EMOTICONS = {"+": [":-)", ":)", ";-)", ":D", "(:"], "-": [":-(", ":(", "-.-", ":/", "*seufz*", ":-/"],
                "0": [":-)", "^^", ";)", ":D"]}
# lowercase these sentence starts after "Aber" / "Und"
DE_LOWER_OK = {"Ich", "Die", "Der", "Das", "Wir", "Es", "Man", "Mein", "Meine", "Unser", "Unsere", "Im",
               "In", "Bei", "Seit", "Mit", "Jeden", "Jede", "Jeder", "Wenn", "Wer", "Zu", "Viel", "Mir",
               "Ein", "Eine", "Einen", "Kein", "Keine", "Keiner", "Niemand", "Alles", "Nach", "Am", "Auf",
               "Zum", "Von", "Vor", "Sogar", "Selbst", "Statt", "Endlich", "Gerade", "Immer", "Inzwischen",
               "Manchmal", "Jetzt", "Dann", "Hier", "Da", "Es", "Heute", "Früher", "Dieses", "Diese"}

DE_PLACES = {
    "Nord": {"ORT": ["Hamburg", "Bremen", "Hamburg", "Bremen", "Kiel"],
             "KUNDE": ["den Stadtwerken Lübeck", "der Firma Hansen", "dem Klinikum in Bremen-Nord",
                       "der Bäckerei Petersen", "der Wohnungsgenossenschaft in Altona", "einem Hotel in Kiel",
                       "den Stadtwerken Cuxhaven", "dem Pflegeheim in Stade"]},
    "Süd": {"ORT": ["München", "Augsburg", "München", "Augsburg", "Ingolstadt"],
            "KUNDE": ["Maier & Söhne", "der Bäckereikette", "den Stadtwerken Landshut", "dem Klinikum Schwabing",
                      "einer Brauerei in Freising", "der Wohnbau Augsburg", "dem Seniorenheim in Dachau",
                      "einem Hotel am Ammersee"]},
    "West": {"ORT": ["Köln", "Düsseldorf", "Köln", "Düsseldorf", "Neuss"],
             "KUNDE": ["den Stadtwerken Neuss", "der Klinik in Leverkusen", "einer Großbäckerei in Köln",
                       "dem Krankenhaus in Mönchengladbach", "der Wohnungsbaugesellschaft in Düsseldorf",
                       "einer Schule in Solingen", "dem Hallenbad in Hilden", "den Stadtwerken Bergheim"]},
    "Service": {"ORT": ["Köln", "Düsseldorf"],
                "KUNDE": ["den Stadtwerken Neuss", "der Klinik in Leverkusen", "einer Schule in Solingen",
                          "dem Hallenbad in Hilden"]},
    "Key Account": {"ORT": ["Hannover"],
                    "KUNDE": ["dem Klinikverbund", "der Hotelkette", "der Filialbäckerei-Gruppe",
                              "dem kommunalen Wohnungsunternehmen", "dem Stadtwerke-Verbund",
                              "der Seniorenheim-Gruppe"]},
}
DE_NAMES = ["Jörg", "Sabine", "Frau Keller", "Herrn Yilmaz", "Anke", "Tobias", "Marion", "Kemal", "Heike",
            "Herrn Brandt", "Jana", "Frau Özdemir", "Uwe", "Petra", "Sven", "Katrin"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Montagmorgen"]
# ---------------------------------------------------------------------------
# English fragments (Inside Sales and the English-speaking part of West).
# Same syntax as the German ones; placeholders <CITY>, <CUSTOMER>, <NAME>, <DAY>.
# ---------------------------------------------------------------------------

EN_PRESSURE = r'''
# --- generic ---
Too much pressure, not enough time for customers.
The targets are {unrealistic|not realistic|a joke} {again|this quarter|as usual}.
I feel {constantly|permanently} watched.
It's all about the numbers{, nothing else|. Always}.
KPIs, KPIs, KPIs. {That's all we talk about.|Nothing else matters.}
Pressure from above just gets passed down to us.
The pressure to close at quarter end is {brutal|insane|getting worse}.
Every week a new report, every week new explanations why the numbers aren't there.
Micromanagement at its finest.
If you miss your target twice, you get "the talk".
We're measured on activity, not on whether the customer is happy.
The weekly number decides everyone's mood.
Honestly, I'm burned out.
Stress levels on the team are really high right now.
Fear of the monthly review is real.
Targets went up again and nobody explained why.
Everything is tracked. Everything.
We're told to push the upgrade on every call, whether it fits or not.
Hit the numbers or else. That's the message.
Nobody asks how we're doing, only where the numbers are.
The forecast calls are basically interrogations.
Discounts everywhere at the end of the month just to hit quota.
Quota, quota, quota.
The leaderboard makes people compete instead of help each other.
Colleagues fight over leads because of the ranking.
It feels like we're just a number on a dashboard.
I'm tired of being measured on everything.
Constant pressure to hit the daily target.
So many metrics, so little trust.
Every lost deal gets picked apart in the pipeline review.
More reporting, less selling. We spend more time on KPIs than with customers.
@SDR,AE The call scripts are so pushy that customers hang up.
There's zero room for mistakes here.
Hard to stay motivated when the target keeps moving.
Being compared to others every single day is exhausting.
Numbers numbers numbers.
Too many KPIs.
Pressure, pressure, pressure.
@TL As a team lead I have to pass on targets I don't believe in myself.
@TL I spend more time on reporting upwards than with my team.
@TL Every Friday I have to send a list of who's below plan. It feels wrong.
Nobody dares to be honest in the pipeline review.
The end-of-month push makes every call feel like a hard sell.
@SDR Booked demos count, whether they make sense or not.
Pushed to close deals that aren't ready.
The quarterly targets are totally disconnected from reality.
# --- mild: the only pressure lines West uses (besides its own) ---
@mild The weekly forecast meeting is a bit long.
@mild Some pressure around quarter end, as usual.
@mild Targets went up a bit, still achievable.
@mild The weekly KPI report takes longer than it should.
@mild Year-end is a bit stressful, nothing unusual.
@mild The upselling script was a bit pushy for my taste. Adapted it.
@mild Tight deadline on the last tender. Stressful, but the team pulled together.
@mild The pipeline review runs long and eats into customer time.
@mild Targets are ambitious this year.
@mild Sometimes the forecast questions feel like a bit much.
@mild Slightly more pressure than last quarter, but fine.
@West Heard there are rankings in other regions. Please don't bring that here.
# --- Inside Sales, the hard phase (until 2024-Q2) ---
@IS @-2024Q2 80 dials a day{, every day| and a leaderboard on top|}. No time to actually talk to anyone.
@IS @-2024Q2 The leaderboard on the kitchen TV {is humiliating|has to go|makes me not want to get coffee}.
@IS @-2024Q2 Talk time is tracked to the second. {Ridiculous.|Every second.|How is that supposed to help customers?}
@IS @-2024Q2 Managers listen in on calls without telling us.
@IS @-2024Q2 "Always be closing" is not a strategy, it's a slogan.
@IS @-2024Q2 Another sales contest. {Yay.|Super.|Who asked for this?}
@IS @-2024Q2 People are scared of being put on a plan.
@IS @-2024Q2 We get a chat message every hour with the dial count.
@IS @-2024Q2 If a call runs over 5 minutes, you get a message asking why.
@IS @-2024Q2 The daily target of 80 dials leaves zero room for a real conversation.
@IS @-2024Q2 Winners get a voucher, losers get a "performance conversation".
@IS @-2024Q2 The script says to push for the demo in the first two minutes. Customers hate it.
@IS @-2024Q2 Daily leaderboard, weekly ranking, monthly review. And then they wonder why people quit.
@IS @-2024Q2 Three people on sick leave with burnout, the rest have to pick up their dials.
@IS @-2024Q2 The team lead has 14 reps and spends the whole day on activity reporting.
@IS @-2024Q2 Fear of the ranking is the main motivation here.
@IS @-2024Q2 Sprint weeks again. More dials, more stress, same results.
@IS @-2024Q2 The afternoon huddle is all about the numbers and who is behind.
@IS @-2024Q2 Someone from management walks the floor and checks screens. We're constantly monitored.
# --- Inside Sales, new lead from 2024-Q3: pressure from above remains ---
@IS @2024Q3-2024Q4 Still 80 dials a day, new lead or not.
@IS @2024Q3-2025Q1 Our lead is great, but the targets from upper management haven't changed at all.
@IS @2024Q3-2025Q2 Mixed signals: take your time with customers, but where are your numbers?
@IS @2024Q3+ The quota is still the only thing that matters at the end of the month.
@IS @2024Q3+ Upper management still sends the rankings around by email.
@IS @2025Q1+ Dial target is 60 now, but the conversion target went up. So it's still pressure, just different.
@IS @2025Q2+ I still feel the pressure in the last two weeks of every month.
@IS @2025Q4 The leaderboard came back for December. {"Just for fun", apparently.|Nobody finds it fun.}
@IS @2025Q4 Forecast calls doubled in December.
@IS @2024Q4,2025Q4 Year-end push is still stressful, no way around it.
@IS @2024Q3+ Some managers still micromanage, depending on who you report to.
# --- West (English) ---
@West Some pressure around the {half-year|quarter-end} numbers, as always.
@KAM The key account targets went up again, even though two big tenders are still open.
'''

EN_ADVISORY = r'''
Had a {nice|great|really good} call where the customer {thanked me for asking|told me about their actual problem|opened up about their setup} before I pitched anything.
Took time to understand what the customer needs before talking about products. {Worked.|Worth it.|Much better conversation.}
We solved the problem together with the customer{, felt more like consulting than selling|}.
Customers want us to understand their needs, not to be sold to.
Asking open questions {works|actually works|makes such a difference}.
The customer told me what they really need once I stopped talking.
Listening first, pitching second. {Simple, but it works.|That's the way.}
I told a customer they didn't need the upgrade. They trusted us more after that.
Good conversations at eye level with customers.
Spent the call listening to their pain points. Best call of the week.
My manager {actually listens|has an open ear} when I bring up customer feedback.
Trust is everything with our customers.
A customer recommended us to a colleague without being asked.
Worked through the customer's process with them before proposing anything.
Understanding the customer's business makes the pitch so much easier.
The best calls are the ones where I listen more than I talk.
A customer said I was the first sales person who actually listened.
We helped the customer figure out what they actually need. Smaller deal, happier customer.
Customer needs first, product second.
I let the customer talk for ten minutes and learned more than in the last three calls.
Happy customers come back. That's the whole secret.
Had a good discovery conversation, the customer's needs were completely different from what I assumed.
@SDR Asked about their current setup instead of reading the script. The demo I booked is a real one.
@SDR I qualify leads better now by asking what problem they're trying to solve.
@AE Spent time on site with the customer's facility team, then wrote the proposal. Much better fit.
@TL I try to spend more 1:1 time on the person than on the numbers.
@TL Call reviews with my team are about what the customer needed, not about talk time.
@KAM With the key account we mapped their needs site by site before talking about pricing.
@KAM Long-term relationships with the big accounts pay off. Trust takes years.
# --- Inside Sales, better phase ---
@IS @2024Q3+ 1:1s with our new lead are about me, not just my numbers.
@IS @2024Q3+ Call reviews feel like feedback now, not like a trial. Less micromanagement.
@IS @2024Q4+ Peer call reviews on Thursdays are {really useful|the best part of the week|eye-opening}.
@IS @2024Q4+ Since the discovery-call training I ask about their needs before I mention the product.
@IS @2024Q4+ Eye level conversations work on the phone too.
@IS @2024Q4+ We practised listening without pitching. Harder than it sounds, but customers notice.
@IS @2025Q1+ With 60 dials I actually have time to understand what the customer needs.
@IS @2025Q1+ The field reps say the demos we book are much better qualified now, because we ask about customer needs first.
@IS @2025Q1+ Helped a customer solve a billing problem instead of pitching. They bought two weeks later.
@IS @2025Q2+ Our lead backs us when we tell a customer they don't need the premium plan.
@IS @-2024Q2 Had one good call today where I could actually listen. Rare, but nice.
# --- West (English) ---
@West Had a good workshop with a customer in <CITY> where we mapped their processes together before talking about products.
@West The customer chose us because we spent time understanding their maintenance process.
@West Customers in Belgium appreciate it when we listen first. Different culture, same lesson.
@West Our manager trusts us to work with customers our own way.
@West Spent the annual review with <CUSTOMER> listening to their plans before presenting anything.
'''

EN_REFLECTION = r'''
I realised I often assume what the customer wants without asking.
Lost a deal I thought was safe. In hindsight I {never asked who else was involved|didn't ask enough questions|talked too much}. Lesson learned.
I catch myself {pitching too early|interrupting customers|assuming it's about price} more often than I'd like.
I used to think {listening was a waste of time|speed was everything}. {Now I know better.|I was wrong.}
I'm more aware of my habits now.
Made a mistake with a customer this month and learned a lot from it.
Looking back, I spent too much time on the script and not enough on the person.
I keep questioning why we do things the way we always did them.
My biggest blind spot: I don't let silences happen.
Trying to reflect after each call: what did I assume, what was actually true?
It made me think about how I treat existing customers.
We did a retro after the lost deal. Honest and useful.
I noticed I only call some customers when I want to sell something.
Took a step back this quarter and looked at how I run my calls. Not pretty, but useful.
I've learned more from my mistakes this year than from any training.
I assumed the decision maker was the buyer. It wasn't. Lesson learned.
My assumptions about {small customers|public sector buyers|technical buyers} were mostly wrong.
When I get nervous I start pitching too early. Working on it.
I've started to question my own way of handling objections.
Self-reflection is uncomfortable, but it helps.
I wonder if I'm on autopilot with some of my accounts.
@TL As a team lead I had to rethink how I give feedback.
@TL I realised my 1:1s were only about numbers. Changing that.
@SDR I noticed I judge leads in the first ten seconds. Often wrong.
@KAM After the lost tender we admitted we had presented too much and asked too little.
# --- Inside Sales, better phase ---
@IS @2024Q3+ I'm learning that when I slow down, people trust me more.
@IS @2024Q4+ Our lead asks "what did you learn from that call?" instead of "why didn't you close?". That changed how I think about my calls.
@IS @2024Q4+ The training made me rethink how I open a call.
@IS @2024Q4+ I now write down what I assumed before each call and check it afterwards.
@IS @2025Q1+ We do short reflection rounds after lost deals. Lots of "I assumed..." moments.
@IS @2025Q1+ I used to think the script protected me. Now I think it was hiding my blind spots.
@IS @2025Q2+ Mistakes get discussed in the retro now, nobody yells. That's new.
@IS @2025Q3+ Looking back at where we started, I realise how much my attitude to customers changed.
@West I keep assuming that technical buyers don't care about the relationship. Often wrong.
@West I realised I copy-paste last year's proposal without asking what changed.
'''

EN_RELIEF = r'''
No pressure this quarter, just normal work.
Targets met without anyone pushing.
Quarter was ok, we missed the target slightly but nobody made a fuss.
Nobody checks if I'm online at 8, and the numbers are fine anyway.
No micromanagement here, we plan our own week.
Pressure is moderate, nothing unusual for sales.
The numbers get discussed, but without drama.
No leaderboard on our team, and I hope it stays that way.
@IS @2024Q3+ Leaderboard is off the big screen. Small thing, big difference.
@IS @2024Q3+ I feel less micromanaged since the change in leadership.
@IS @2024Q4+ I don't feel afraid of the monthly review anymore.
@IS @2025Q1+ Leaderboard is weekly now, not daily. {Much better.|Nobody misses the daily one.}
@IS @2025Q1+ No more hourly dial count messages. Finally.
@IS @2025Q1+ Quarter-end push was there, but no threats this time.
@IS @2025Q2+ Summer was slow, and for once nobody panicked about it.
@IS @2025Q4 No pressure to close this quarter, at least not the kind we had before.
@IS @2024Q3+ Nobody pings me anymore when a call runs over 5 minutes.
@IS @2025Q1+ No sales contests this quarter. Nobody missed them.
@West Nobody panics when a deal slips. Good.
'''

EN_MIXED = r'''
Good team, brutal targets.
Love my colleagues. Hate the leaderboard.
Customers are happy, management isn't. Funny.
I'd love to listen more, but the dial target doesn't allow it.
We're told to understand the customer and to hit 80 dials. Pick one.
Great conversations with customers, lots of pressure from inside.
The customer trusts us, but that doesn't show up in any KPI.
Good call today, but it won't help my ranking.
@mild Helping customers is what I like; the numbers game is what I don't.
@mild Targets are tough, but the team is great.
@IS @2024Q3-2025Q2 Our lead says quality over quantity, upper management says quantity. Mixed signals.
@IS @2024Q4+ The training was good, but the targets are the same, so how long will it last?
@IS @2025Q1+ Better than last year, still not great.
@IS @2025Q2+ The improvement is real, but it depends on one manager.
@West Targets are fine, workload is high, customers are happy.
@West Happy with the team, less happy with the weekly KPI report.
@mild Busy quarter, but a good team and a fair manager.
@mild Some pressure at quarter end, but nobody panics.
@mild Targets are ambitious, but we get to reach them our own way.
@mild The forecast meeting is long, the customers are happy, so overall fine.
@mild Lots of travel, tight deadlines, great customers.
@mild A bit of pressure around the tender deadlines, but the team pulls together.
@West Our manager asks about the numbers, but also about how we're doing.
'''

EN_NEUTRAL = r'''
@IS Coffee on the 4th floor is {terrible|undrinkable|fine now}.
@2024Q2+ The new coffee machine is {great|a huge upgrade}.
@2024Q4+ The coffee machine is leaking{ again|}.
Canteen food is {heavy|ok|better than last year}. {More light options please.|Prices went up though.|}
The canteen stopped doing the vegan option on Tuesdays, please bring it back.
Printer on {3rd floor|the 4th floor} broken again.
The CRM is {so slow|painfully slow}, especially the quote module.
@-2023Q2 The new CRM rollout was chaotic, training was way too short.
@2025Q3+ CRM migration in January, please plan proper training this time.
CRM update broke the search function, ticket still open.
VPN drops {every 20 minutes|all the time} when I work from home.
@IS The auto-dialer freezes every afternoon{, IT says it's a known issue|}.
@IS Headsets die after {4|3} hours. Please get better ones.
@IS @2024Q4+ The dialer update broke the call notes{ again|}.
I need a second monitor.
@-2024Q1 My laptop is ancient. Please replace it.
@2024Q3+ Got my new laptop, much faster.
Intranet search is useless.
Teams and Outlook don't sync my calendar properly.
Parking at the <CITY> office is full by {8:15|8:30|eight}.
@IS Parking permits for the new garage are still not sorted.
@2024Q1+ Bike parking is full since the bike leasing offer started.
@q3 Air conditioning, please!!
@q3 Air con on our floor is broken again{, it's 30 degrees|}.
@q4 Christmas party was {nice|fun}{, music too loud though|, thanks to the organisers|}.
@q3 Summer party was great, more of that please.
@q4 Winter tyres for the company cars were late again.
@q4 Snow + no parking = late to work.
@solo Too many surveys.
Still too many internal surveys.
@West Travel expense policy is confusing for cross-border trips.
@West @2024Q4+ The expense app keeps rejecting {Dutch|Belgian} receipts.
@West @-2024Q3 The expense tool wants every receipt uploaded separately. Painful for trips to <CITY>.
@West Internal announcements are only in German, please translate at least the key points.
@West The German lessons offered by HR are great, please continue them.
@West Car lease process takes forever.
@West A rail card for frequent travellers would help a lot.
@West Hotel booking tool shows prices that don't match the policy limit.
@West Would be good to have clearer responsibilities between key account and the regional reps.
@West Lots of travel to <CITY> this quarter, a bit tiring.
@IS Would like more career development options.
@IS Would love to shadow a field rep for a day.
@IS Payroll was late, please don't let that happen again.
Onboarding documents are outdated, half the links don't work.
Meetings start late all the time.
Please more flexibility on working hours.
@q2 Holiday schedule sorted, all good.
@q1 Good start to the year.
@q4 Nice year overall, thanks team.
@q4 Year end a bit hectic, but under control.
@solo Nothing to report.
@solo Happy overall, thanks.
@solo Fine, thanks for asking.
@solo All good.
@solo Same as last time.
@solo No complaints.
@solo Ok-ish this quarter.
@solo Nice team, good atmosphere.
Thanks to <NAME> for all the help {this quarter|with onboarding|with the big proposal}!
Shout-out to <NAME> in the back office, {always quick with quotes|saved my week}.
@solo Busy quarter, but manageable.
@solo Nothing special this quarter.
@West Cross-border per diem rules are confusing, {a one-page summary would help|nobody knows which one applies}.
@West Would be nice to have the all-hands {in English|with English slides}.
@West The Düsseldorf office {needs better chairs|is too warm in summer}.
@West Traffic on the A3 to the Netherlands is {terrible|getting worse}.
@West Hotel prices in {Amsterdam|Brussels} are way above the policy limit.
The IT hotline is {hard to reach|quick, thanks}.
Product training for the new {heat pump line|service modules} would help.
Please update the proposal templates, they're from 2021.
The new brochures look {great|good}.
@IS The break room is too small for the whole floor.
@IS Noise on the floor makes calls hard, {we need more quiet rooms|some phone booths would help}.
@IS Please more breaks between call blocks.
'''

EN_OPENERS = r'''
Honestly:
To be honest:
Quick one:
My feedback:
Not much to add, but:
Same as last time:
Ok so.
Hmm.
Well.
One thing:
For what it's worth:
@- What's not working:
@- Again:
@+ What's working:
@+ Positive:
@+ Kudos:
'''

EN_CLOSERS = r'''
Thanks.
Thanks for reading.
That's all.
Best
That's it.
Have a good weekend all!
Anyway.
More next time.
Just my two cents.
We'll see.
Otherwise all fine.
Cheers
That's it from me.
Let's see how it goes.
@- Please fix this.
@- This can't go on.
@- Nothing will change anyway.
@- Someone needs to say it.
@+ Keep it up!
@+ More of this please.
@+ Thanks team!
@+ Please keep it that way.
'''

EN_CONTRAST = ["But", "That said,", "On the other hand,", "Still,", "On the plus side:"]   # last: good news only
EN_LIST_LABELS = [("Good:", "Bad:"), ("Positive:", "Negative:"), ("Plus:", "Minus:"), ("Works:", "Doesn't:")]
EN_EMOJI = {"+": ["👍", "🙂", "😊", "💪", "🙌", "🎉", ":)"], "-": ["🙄", "😩", "😤", "😬", "🤦", "😞", ":("],
            "0": ["😅", "☕", "🤷", "😄", "🙂", ":)"]}
EN_LOWER_OK = {"The", "My", "We", "Our", "This", "That", "It", "There", "Some", "Most", "Every", "Nobody",
               "No", "Everyone", "A", "An", "Customers", "People", "Management", "Having", "Being", "Now",
               "Still", "Since", "With", "When", "If", "Too", "So", "Honestly", "Had", "Got", "Spent",
               "Took", "Asked", "Helped", "Lost", "Made", "Worked", "Targets", "Pressure", "Everything",
               "Constant", "Being", "Hit", "Booked", "Pushed", "Hard", "Colleagues", "Nothing"}

EN_PLACES = {
    "Inside Sales": {"CITY": ["Hamburg"], "CUSTOMER": ["a small bakery chain", "a dental practice group",
                                                        "a hotel in Kiel", "a property manager"]},
    "West": {"CITY": ["Düsseldorf", "Rotterdam", "Antwerp", "Eindhoven", "Düsseldorf", "Brussels"],
             "CUSTOMER": ["our biggest Dutch customer", "the hospital group in Antwerp",
                          "a utility in Eindhoven", "the Belgian retail chain", "a housing corporation in Utrecht"]},
}
EN_NAMES = ["Anna", "Tom", "Priya", "Lukas", "Sophie", "Daan", "Maria", "Jonas", "Emre", "Lisa", "Femke", "Ben"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ORIG_DE = r'''
@West @2023Q1-2025Q4 Manchmal ist der Zeitdruck bei Ausschreibungen hoch, aber das gehört dazu.
@West @2023Q1-2025Q4 Kantine Düsseldorf: bitte wieder mehr Salate.
@Nord @2023Q1,2024Q1 Forecast-Calls jeden Montag um 8 Uhr... muss das sein?
@Nord @2023Q1-2024Q1 Die Abschlussquote wird schon jetzt sehr genau angeschaut, hoffe das wird nicht noch mehr.
@Süd @2023Q1 Wir sollen bis Ende März 15 Neukunden-Termine pro Kopf schaffen. Wie, sagt keiner.
@West @2023Q1-2025Q4 Mein Kunde bei den Stadtwerken Neuss hat ausdrücklich gesagt, dass er unsere Beratung schätzt. Schön zu hören.
@Süd @2023Q1-2023Q4 Druck von oben wird einfach nach unten durchgereicht.
@West @2023Q1,2024Q1,2025Q1 Die Pipeline-Zahlen für Q1 sehen gut aus, das Team ist entspannt.
@Süd @2023Q1-2023Q4 Verkaufsdruck ist enorm, besonders bei den Wartungsverträgen.
@Nord @2023Q1-2024Q1 Das neue CRM ist langsam wie sonstwas, ein Angebot erstellen dauert ewig und dann fragt die Vertriebsleitung, warum es noch nicht raus ist
@West @2023Q1-2025Q4 Homeoffice-Regelung ist gut so wie sie ist, bitte nicht ändern. Keiner kontrolliert, ob man um 8 online ist, und die Zahlen stimmen trotzdem.
@West @2023Q1-2025Q4 Die Forecast-Runde könnte kürzer sein. 90 Minuten für 12 Leute ist zu lang.
@Nord @2023Q1,2024Q1 Kickoff in Hamburg war gut organisiert. Die Jahresziele sind ambitioniert, aber nachvollziehbar.
@Süd @2023Q1-2023Q4 Die Abschlussquote wird in jedem Meeting vorgelesen, Name für Name. Das ist demütigend.
@Süd @2023Q1-2023Q4 Forecast muss jede Woche neu erstellt werden, obwohl sich kaum was ändert.
@Nord @2023Q1-2024Q1 Ich fühle mich gut eingearbeitet. Danke an Jörg für die Begleitung in den ersten Wochen!
@West @2023Q1-2025Q4 Vor dem Termin bei der Klinik habe ich zu wenig nachgefragt und dann am Bedarf vorbei präsentiert. Beim nächsten Mal frag ich vorher mehr.
@Süd @2023Q1-2023Q4 Fühle mich ständig kontrolliert.
@Süd @2023Q1-2023Q4 Wer im Ranking hinten ist, wird in der Teamrunde vorgeführt. Das motiviert niemanden, im Gegenteil.
@Nord @2023Q1-2023Q4 Wenig Druck gerade, man kann vernünftig arbeiten. Hoffentlich bleibt das so.
@Süd @2023Q1-2023Q4 Ehrlich gesagt macht mir der Job gerade wenig Spaß. Von morgens bis abends nur Zahlen, Zahlen, Zahlen.
@Süd @2023Q1-2023Q4 Neue Laptops sind angekommen, endlich! Akku hält jetzt einen ganzen Tag. Schade nur, dass ich damit hauptsächlich KPI-Reports ausfülle.
@West @2023Q1,2024Q1,2025Q1 Parkhausgebühren werden ab April nicht mehr erstattet?? Das ist ärgerlich.
@Nord @2023Q1-2024Q1 Hab bei der Firma Hansen einfach mal zugehört statt gleich das Angebot rauszuhauen, und siehe da: die hatten ein ganz anderes Problem als gedacht.
@Süd @2023Q1-2023Q4 Ich habe das Gefühl, wir verkaufen an den Kunden vorbei. Hauptsache Abschluss.
@Nord @2023Q1-2024Q1 Alles im grünen Bereich.
@West @2023Q1-2025Q4 Zu viele Mails, zu viele Meetings, aber das ist wohl überall so. Wenigstens bleibt genug Zeit, mit Kunden in Ruhe zu sprechen.
@Süd @2023Q1-2023Q4 Zielvorgaben kommen von oben ohne jede Diskussion. Mitsprache gleich null.
@Süd @2023Q1-2025Q4 Kantine in München: Schnitzelfreitag ist das Highlight der Woche :-)
@West @2023Q1-2025Q4 Nix zu meckern.
@West @2023Q1,2024Q1,2025Q1 Teamevent im Februar (Bowling) war lustig, gerne öfter sowas. Zum Glück hat keiner eine Rangliste draus gemacht :-)
@Süd @2023Q1 Schulungen zum neuen CRM waren chaotisch; niemand wusste, welche Felder Pflicht sind. Nur die KPI-Felder, die waren allen klar.
@Nord @2023Q1,2024Q1 Die Zielvorgaben für Q1 wurden ziemlich spät kommuniziert, da fehlte mir die Planbarkeit.
@Nord @2023Q1-2024Q1 Gute Stimmung im Team, unser Teamleiter hat immer ein offenes Ohr.
@Süd @2023Q4 Habe gehört, es soll ab Januar ein Coaching geben. Hoffentlich nicht wieder so ein Verkaufstraining mit Abschlusstechniken.
@Nord @2023Q1-2024Q1 Parkplatzsituation am Standort Bremen ist seit der Baustelle eine Katastrophe. Wenn ich deswegen zu spät zum Forecast-Call komme, gibt's gleich einen Kommentar.
@Nord @2023Q1-2024Q1 Laptop ist von 2019, Teams stürzt ständig ab.
@Nord @2023Q1-2025Q4 Kantine ist seit der Umstellung deutlich besser, vor allem das vegetarische Angebot.
@West @2023Q1-2025Q4 Bitte die Reisekostenrichtlinie überarbeiten, die Hotelpauschale in Köln reicht bei Messen nie.
@Nord @2023Q1-2024Q1 Wir sollten mehr Zeit in Bestandskunden stecken statt nur Neukunden hinterherzujagen.
@Süd @2023Q1-2023Q4 Ich versuche, bei meinen Kunden wirklich zu verstehen, was sie brauchen, aber dafür fehlt einfach die Zeit. Fünf Termine am Tag lassen keine Tiefe zu.
@Süd @2023Q1-2023Q4 Parkplätze in Augsburg reichen vorne und hinten nicht, und wer zu spät zur Teamrunde kommt, steht gleich mit Namen im Protokoll.
@Nord @2024Q1 Gerüchte über ein neues Bonusmodell ab April machen die Runde, keiner weiß was genaues. Wäre gut, wenn da mal offen kommuniziert wird, bevor sich alle verrückt machen.
@West @2023Q1-2024Q2 Das neue CRM ist unfassbar langsam. Eine Kundenakte öffnen dauert 20 Sekunden.
@Süd @2023Q1-2023Q4 Unser Regionalleiter sagt immer "Wer fragt, verliert Zeit". So fühlen sich die Termine dann auch an.
@West @2023Q1-2025Q4 Der Drucker im 3. Stock druckt nur noch Streifen.
@West @2023Q1-2024Q1 Laptoptausch ist angekündigt, aber noch kein Termin. Meiner pfeift aus dem letzten Loch, und im Kundentermin die Präsentation neu starten ist nicht gerade vertrauensbildend ^^
@Nord @2023Q1-2024Q1 Mehr Zeit für Kundenbesuche wäre schön. Viel zu viel Reporting.
@West @2023Q1-2025Q4 Ehrlich gesagt weiß ich nicht, wozu diese Umfrage gut ist, es ändert sich ja eh nichts.
@Süd @2023Q1-2023Q4 Zu viele interne Meetings, zu wenig Zeit beim Kuden.
@Süd @2023Q1-2023Q4 Der Regionalleiter schaut sich jeden Tag die KPIs an und schreibt dann Mails mit roten Ausrufezeichen.
@Nord @2023Q1-2024Q1 Reisekostenabrechnung über das neue Tool ist umständlich, drei Freigabeschleifen für 12 Euro Parkgebühr -.-
@Nord @2023Q1-2024Q1 Passt soweit alles.
@Nord @2023Q1-2024Q1 Ich finde gut, dass wir im Team offen über verlorene Deals reden können, ohne dass gleich jemand mit dem Finger zeigt.
@West @2023Q1-2025Q4 Gute Zusammenarbeit mit dem Innendienst, Angebote kommen schnell. So bleibt mehr Zeit, beim Kunden wirklich nachzufragen.
@Nord @2023Q1-2024Q1 Termin mit den Stadtwerken lief super, wir haben gemeinsam mit dem Kunden eine Lösung für die Wartungsverträge erarbeitet.
@Süd @2023Q1-2023Q4 Die Upselling-Liste, die wir jeden Monat abarbeiten sollen, hat mit den tatsächlichen Bedürfnissen der Kunden nichts zu tun. Ich rufe Leute an, um ihnen ein Zusatzmodul zu verkaufen, das sie letztes Jahr schon abgelehnt haben. Die sind genervt, ich bin genervt, und am Ende steht in der Auswertung, dass ich zu wenig Abschlüsse habe. Irgendwas läuft da grundsätzlich falsch.
@Süd @2023Q1-2023Q4 Mit Maier & Söhne haben wir ein richtig gutes Verhältnis, die vertrauen uns. Aber sowas zählt halt in keiner KPI.
@Nord @2023Q1-2024Q1 Zu viele Pflichtfelder im CRM; Besuchsbericht, Gesprächsnotiz, Folgetermin, alles doppelt. Das ist keine Kundenpflege, das ist Kontrolle.
@West @2023Q1-2025Q4 Ziele ok, Team ok, Chef ok. Nichts Besonderes.
@Süd @2023Q1-2023Q4 Die Stimmung im Team ist am Boden.
@West @2023Q1-2025Q4 Dienstwagenbestelung dauert 7 Monate, dsa ist absurd.
@West @2024Q2 Was ich mir wünsche: mehr Austausch zwischen den Regionen. Wir hören nur Gerüchte, was in Nord und Süd passiert. Angeblich gibt es in Nord jetzt ein Ranking und in Süd ein Coaching.
@West @2023Q1-2025Q4 Die Teamleiterin lässt uns viel Freiheit bei der Tourenplanung, das schätze ich sehr.
@Süd @2024Q1 Erster Coaching-Workshop war besser als erwartet. Kein Abschlusstraining, sondern viel über Zuhören.
@Süd @2024Q1 Der Regionalleiter war beim Workshop dabei und hat zugehört statt zu reden. Das war neu.
@Nord @2024Q2 Parkhaus endlich fertig.
@Nord @2024Q2 Wir konkurrieren jetzt intern um die gleichen Leads, das Klima im Team ist deutlich schlechter geworden.
@Süd @2024Q1,2024Q2 Ich hab gemerkt, dass ich immer davon ausgehe, dass der Kunde vor allem den Preis will. Stimmt oft gar nicht.
@West @2023Q2,2024Q2,2025Q2 Mitarbeiterparkplätze werden wegen Bauarbeiten reduziert, bitte rechtzeitig Alternativen kommunizieren.
@West @2023Q1-2025Q4 Fahrtkosten werden immer noch nach der alten Pauschale abgerechnet, warum? Wir sollen mehr beim Kunden vor Ort sein, aber die Fahrt zahlen wir halb selbst.
@Süd @2024Q1,2024Q2 Die Übung mit den offenen Fragen fand ich stark. Hab sie gleich beim nächsten Termin ausprobiert, der Kunde hat viel mehr erzählt als sonst.
@Nord @2024Q2 Bitte die Wochenberichte abschaffen oder wenigstens vereinfachen. Ich verbringe den Freitagnachmittag mit Excel statt beim Kunden.
@Süd @2024Q1,2024Q2 Der Coach hat uns gefragt, wann wir das letzte Mal einen Kunden gefragt haben, was ihn nachts wach hält. Ich wusste keine Antwort.
@Süd @2024Q1,2024Q2 Die Rollenspiele im Workshop waren mir unangenehm, ehrlich gesagt. Aber vielleicht genau deshalb wichtig?
@Nord @2024Q2 Abschlussquote, Besuchsquote, Cross-Selling-Quote. Irgendwann ist man nur noch Quote.
@Nord @2024Q2 Upselling-Vorgaben pro Termin?? Ernsthaft? Mein Kunde merkt doch sofort, wenn ich ihm was andrehen will.
@Nord @2024Q2 Zeitdruck bei Angeboten ist enorm. Das Angebot muss am selben Tag raus, sonst gibt's Nachfragen von oben.
@Süd @2024Q1,2024Q2 Zu viel Theorie, zu wenig Praxis.
@West @2023Q2,2024Q2,2025Q2 Urlaubsplanung für den Sommer läuft, alles gut.
@Nord @2024Q2 Turbo-Bonus klingt gut, aber die Schwellen sind unrealistisch.
@West @2023Q1-2025Q4 Gelegentlich Druck beim Forecast, sonst ruhig.
@Nord @2024Q2 Finde das neue Modell eigendlich fair, wer mehr leistet soll auch mehr verdienen. Nur die Kommunikation war holprig.
@Nord @2024Q2 Verkaufsdruck ist spürbar gestiegen. Ich merke, dass ich Kunden Sachen anbiete, die sie eigentlich nicht brauchen, nur um auf meine Quote zu kommen.
@Nord @2024Q2 Der Bildschirm mit der Rangliste im Flur ist echt unnötig. Jeder sieht, wer gerade Letzter ist.
@Nord @2024Q2 Ich will das mal ausführlicher schreiben, weil es mir wichtig ist. Seit April gibt es das neue Bonusmodell und seitdem hat sich im Team etwas verändert. Früher haben wir uns gegenseitig geholfen, Leads weitergegeben, zusammen Angebote gebaut. Jetzt schaut jeder nur noch auf seine eigene Zahl im Ranking. Wer einem Kollegen hilft, verliert Zeit für die eigene Quote. Ich glaube nicht, dass das so gewollt war, aber genau das passiert gerade. Bitte nochmal drüber nachdenken.
@Süd @2024Q1,2024Q2 Ich frage mich gerade selbst, warum ich eigentlich immer so schnell zum Abschluss will. Eigentlich aus Angst vor dem Monatsreport, nicht weil es dem Kunden hilft.
@Süd @2024Q1 Bin gespannt, ob das hält. Aber der Anfang ist vielversprechend.
@West @2024Q2 Kaffeemaschine neu, Milchschaum endlich trinkbar :-)
@Süd @2024Q1,2024Q2 Verkaufsdruck ist immer noch da, nur etwas leiser.
@Nord @2024Q2 Sommerfest-Termin bitte früher bekanntgeben, viele sind da schon im Urlaub. Und bitte diesmal ohne Siegerehrung fürs Ranking.
@Nord @2024Q2 Habe diesen Monat meinen Bonus geknackt! Aber zu welchem Preis... drei Kunden sind ziemlich angefressen, weil ich so gedrängelt hab.
@West @2023Q1-2025Q4 Mir ist aufgefallen, dass ich bei Bestandskunden kaum noch nachfrage, was sich bei ihnen verändert hat. Da schleicht sich Routine ein.
@Süd @2024Q1,2024Q2 Im Workshop ist mir klar geworden, dass ich oft zu schnell ein Produkt vorschlage, bevor ich überhaupt verstanden habe, worum es dem Kunden geht.
@Nord @2024Q2 Seit dem neuen Bonusmodell geht es nur noch um Abschlüsse. Beratung zählt nicht mehr, nur noch Umsatz bis zum Monatsende.
@West @2023Q1-2025Q4 Das Intranet ist unübersichtlich; ich finde die Formulare nie.
@West @2023Q1,2024Q1,2025Q1 Messe in Essen war anstrengend, aber viele gute Gespräche, bei denen wir erst mal zugehört haben, was die Besucher umtreibt. Die Standbetreuung könnte besser verteilt werden.
@West @2023Q1-2025Q4 Kunden sind gerade zurückhaltend wegen der Wirtschaftslage. Da hilft kein Druck, da hilft nur dranbleiben und zuhören.
@West @2023Q1-2025Q4 Mehr Schulung zu den neuen Produkten bitte, bei der Wärmepumpen-Serie fühle ich mich nicht sattelfest genug, um Kunden wirklich zu beraten.
@Süd @2024Q2 Wir haben zum ersten Mal einen Kunden-Workshop beim Kunden vor Ort gemacht statt einer Produktpräsentation. Der Kunde war begeistert, und wir haben zwei Themen entdeckt, von denen wir vorher nichts wussten.
@Süd @2024Q3,2025Q3 Klimaanlage im Büro München fällt ständig aus.
@West @2023Q1-2025Q4 Im Großen und Ganzen zufrieden, auch wenn der Forecast manchmal nervt.
@Süd @2024Q1,2024Q2 Reisekosten für die Workshop-Tage bitte schneller erstatten, ich warte seit 6 Wochen.
@Nord @2024Q2 Mein Teamleiter fragt jetzt täglich nach dem Stand der Pipeline. Täglich!
@Süd @2024Q2 Die neue Kaffeemaschine ist super, aber warum steht sie nur im Erdgeschoss?
@Nord @2024Q2 Ich habe Angst, im Ranking unten zu landen und dann ein „Entwicklungsgespräch“ zu bekommen. Jeder weiß, was das heißt.
@Süd @2024Q1,2024Q2 Mehr Zeit für den Workshop = weniger Zeit für Termine. Am Monatsende fehlen mir dann die Abschlüsse.
@Süd @2024Q2 Endlich kein Ranking mehr in der Teamrunde! Das allein ist schon eine Erleichterung.
@Süd @2024Q1,2024Q2 Die Teamleitung nimmt sich jetzt Zeit für Einzelgespräche, nicht nur über Zahlen. Ungewohnt, aber gut.
@Nord @2024Q2 Super, noch ein Ranking... als hätten wir nicht schon genug davon.
@West @2023Q1-2023Q4 Zu viele Change-Projekte gleichzeitig: neues CRM, neues Spesen-Tool, neue Preisliste, neue Gebietsaufteilung. Jedes für sich sinnvoll, aber alles auf einmal ist zu viel. Ich verbringe gefühlt mehr Zeit mit Schulungen und Umstellungen als mit Kunden.
@Nord @2024Q2 Kontrolle, Kontrolle, Kontrolle. Jeder Termin muss vorher im CRM begründet werden.
@Süd @2024Q1,2024Q2 Forecast immer noch jede Woche, aber wenigstens ohne Standpauke.
@West @2023Q1-2025Q4 CRM-Update hat die Suche kaputt gemacht. Ticket ist seit drei Wochen offen. Den Forecast bau ich solange wieder in Excel.
@Nord @2024Q2 Die neue Kaffeemaschine im 2. OG ist top :-) Das einzige, was hier gerade noch gute Laune macht.
@West @2023Q1-2025Q4 Es ist ok. Nicht mehr, nicht weniger.
@Süd @2024Q2 Nach dem zweiten Modul habe ich meinen Gesprächsleitfaden umgeschrieben: weniger Produktfolien, mehr Fragen am Anfang. Bei den ersten beiden Terminen war ich unsicher, ob das nicht zu „weich“ rüberkommt. Ist es nicht. Der Kunde hat mir am Ende selbst gesagt, welche Lösung er sich vorstellt, und ich musste nur noch zeigen, wie wir das umsetzen.
@Süd @2024Q1 Skeptisch. Wir hatten schon drei solcher Programme, nach zwei Monaten war alles wieder beim Alten.
@Nord @2024Q2,2024Q3 Die Vertreibsleitung sollte mal einen Tag mitfahren. Dann würde sie sehen, dass man beim Kunden nicht alle 30 Minuten einen Abschluss machen kann.
@Nord @2024Q2-2025Q4 Leistungsdruck ohne Ende. Ich schlafe schlecht.
@Süd @2024Q1,2024Q2 Coaching schön und gut, aber die Quote ist trotzdem dieselbe. Wie passt das zusammen?
@West @2023Q1-2025Q4 Ich mag unser Team. Die Zahlen sind mal besser, mal schlechter, aber der Umgang ist fair.
@West @2023Q1-2025Q4 Quartalsziel knapp verfehlt, aber es wurde kein Drama drum gemacht. Find ich gut.
@Nord @2024Q2-2025Q4 Man hat das Gefühl, dass nur noch die Zahlen zählen und nicht der Mensch.
@West @2023Q1-2025Q4 Bei einer Ausschreibung hat uns der Kunde am Ende wegen der Beratung gewählt, nicht wegen des Preises. Das war ein schöner Moment.
@Süd @2024Q3-2025Q4 Kunden sprechen uns jetzt von sich aus auf neue Themen an. Das Vertrauen ist spürbar gewachsen.
@West @2023Q3,2024Q3,2025Q3 Klimaanlage!!! Bitte reparieren.
@West @2023Q2,2024Q2,2025Q2 Zielvorgaben für H2 wurden leicht angehoben, ist machbar.
@Nord @2024Q3-2025Q4 Micromanagement pur. Ich muss jede Mail an Kunden in CC an den TL schicken.
@Süd @2024Q3-2025Q4 Gespräche auf Augenhöhe statt Verkaufsgespräche. Klingt nach Phrase, fühlt sich aber wirklich anders an.
@Nord @2024Q3-2025Q4 Mehr Druck = mehr Umsatz? Die Zahlen sagen was anderes, die Stornoquote steigt.
@Nord @2024Q3,2025Q3 Hitze im Büro unerträglich, die Klimaanlage im Westflügel ist seit Wochen kaputt. Aber klar, die Wochenzahl muss trotzdem stimmen.
@West @2023Q2,2024Q2,2025Q2 Die Kantine hat im August zu, bitte rechtzeitig Essensgutscheine organisieren.
@Nord @2024Q3,2025Q3 Gut: Urlaubsplanung lief reibungslos. Schlecht: alles andere.
@Nord @2024Q3-2025Q4 Die Kontrolle der Gesprächsnotizen durch die Vertriebsleitung fühlt sich an wie Misstrauen. Wir sind erwachsene Menschen.
@West @2023Q1-2025Q4 Alles wie immer.
@Nord @2024Q3-2025Q4 Ich hatte ein richtig gutes Gespräch mit einem Kunden, wo wir gemeinsam rausgefunden haben, dass er eigentlich gar kein neues Gerät braucht. Im Ranking hat mir das natürlich nix gebracht ^^
@West @2024Q3,2025Q3 Fahrradstellplätze reichen nicht mehr, seit es das Jobrad-Angebot gibt
@Nord @2024Q3,2025Q3 Beobachtung aus den letzten Wochen:\nMontags alle hochmotiviert, ab Mittwoch nur noch Panik wegen der Wochenzahl.\nSo kann man kein Vertrauen zu Kunden aufbauen, die Entscheidungen über Monate treffen.
@Süd @2024Q3-2025Q4 Früher dachte ich, ein guter Verkäufer hat auf jede Frage sofort eine Antwort. Inzwischen glaube ich, ein guter Berater hat vor allem die richtigen Fragen. Hat gedauert, bis ich das kapiert hab.
@Süd @2024Q3-2025Q4 Ich stelle viel mehr Fragen als früher und rede weniger. Meine Kunden sagen, die Termine fühlen sich wie echte Beratung an.
@Süd @2024Q3-2025Q4 Das Peer-Coaching mit Kollegen aus dem Team ist für mich das wertvollste Element. Man sieht die eigenen blinden Flecken.
@Süd @2024Q3-2025Q4 CRM ist immer noch lahm. Daran hat kein Coaching was geändert ;-)
@Nord @2024Q3-2025Q4 Ich vermisse die Zeit, als man mit Kunden noch in Ruhe reden konnte, ohne ständig an die Monatsziele zu denken.
@Nord @2024Q3 Toll, jetzt auch noch ein Dashboard, das rot blinkt, wenn man unter Plan ist. Sehr motivierend.
@Süd @2024Q3-2025Q4 Bei der Bäckereikette haben wir uns erst die Abläufe in der Backstube angeschaut, bevor wir irgendwas angeboten haben. Ergebnis: kleineres Angebot, aber der Kunde vertraut uns jetzt komplett.
@Nord @2024Q3-2025Q4 Nicht alles ist schlecht. Das Team hält zusammen, auch wenn's oben ungemütlich ist.
@Nord @2024Q3-2025Q4 Drei Kollegen krankgeschrieben, der Rest soll deren Quote mittragen.
@Süd @2024Q3,2025Q3 Urlaubsvertretung hat gut geklappt, die Kollegin hat meine Kunden sogar vorher angerufen und gefragt, was gerade anliegt.
@West @2024Q3-2025Q4 Mein Laptop ist endlich getauscht, läuft deutlich flotter.
@Nord @2024Q3-2025Q4 Es wird ständig mit Konsequenzen gedroht, wenn die Zahlen nicht stimmen. Das ist keine Führung.
@West @2023Q1-2025Q4 Gerne mehr Flexibilität bei den Arbeitszeiten an Freitagen. Die Teamleiterin vertraut uns da eigentlich, nur die Richtlinie nicht.
@Nord @2024Q3-2025Q4 Der Bonus ist das einzige, worüber im Team noch geredet wird.
@Süd @2024Q3-2025Q4 Ich lerne gerade, Stille im Gespräch auszuhalten. Klingt banal, ist es aber nicht.
@West @2023Q1-2025Q4 Zwei Kollegen sind gegangen, die Nachbesetzung dauert. Die Gebiete werden aufgeteilt, das ist schon viel. Der Zeitdruck bei den Angeboten steigt dadurch spürbar.
@Süd @2024Q3,2024Q4 Ein Kollege aus Nord hat gefragt, wie wir das machen. Vielleicht könnte man das Programm ausweiten?
@West @2023Q1-2025Q4 Die Quartalsreviews sind sachlich, kein Theater. So soll es sein.
@West @2023Q3,2024Q3,2025Q3 Sommer ruhig, viele Kunden im Urlaub. Zeit zum Aufräumen im CRM; der Forecast interessiert im August eh keinen.
@West @2024Q3,2024Q4 Habe gehört, dass in Nord die Rankings ausgehängt werden. Bitte bei uns nicht einführen.
@Nord @2024Q3,2025Q3 Sommerloch, Kunden im Urlaub, aber die Zielvorgaben bleiben gleich. Logisch.
@West @2023Q1-2025Q4 Ich glaube, wir könnten bei Bestandskunden mehr rausholen, wenn wir sie mal wieder fragen, wo der Schuh drückt, statt nur Angebote zu schicken.
@Süd @2024Q3-2025Q4 Das Team redet endlich auch über Misserfolge. Vorher war das ein Tabu.
@Süd @2024Q3-2025Q4 Endlich kein Zeitdruck mehr bei den Angeboten, wir dürfen uns die Zeit nehmen, die der Kunde braucht.
@Nord @2024Q3-2025Q4 Überlege ernsthaft zu kündigen.
@Süd @2024Q3-2025Q4 Keine Drohungen mehr im Teammeeting. Danke.
@Nord @2024Q3-2025Q4 „Drück den Kunden halt zum Abschluss“ – O-Ton aus dem letzten Teammeeting. Ich will so nicht arbeiten.
@Nord @2024Q3-2025Q4 Die Kollegen, die im Ranking vorne sind, arbeiten vor allem mit Rabatten. Nachhaltig ist das nicht.
@Süd @2024Q3-2025Q4 Einen Deal verloren, weil ich zu früh mit dem Preis gekommen bin. Im Nachgang mit dem Coach besprochen, war sehr lehrreich. Fehler gemacht, draus gelernt.
@Süd @2024Q3,2025Q3 Sommerfest war klasse, gerne wieder am See!
@Süd @2024Q3-2025Q4 Hab mir angewöhnt, nach jedem Termin fünf Minuten zu reflektieren: Was habe ich angenommen, was hat sich bestätigt, was nicht?
@West @2023Q1-2025Q4 Überstunden durch Rückfragen zu Großaufträgen häufen sich; für Kundengespräche bleibt trotzdem genug Zeit.
@Nord @2024Q3-2025Q4 Die wöchentlichen Rankings machen mich fertig.
@Süd @2024Q3 Die Zahlen im Q3 sind übrigens nicht schlechter geworden, eher im Gegenteil. Nur mal so als Info an die, die skeptisch waren.
@Süd @2024Q3-2025Q4 Hinterfrage gerade meine Gewohnheit, jeden Termin mit einer Präsentation zu starten. Ohne Folien läuft das Gespräch viel natürlicher.
@Nord @2024Q3-2025Q4 Jeden Montag Forecast, jeden Mittwoch Pipeline-Review, jeden Freitag Ranking. Wann soll ich eigentlich verkaufen?
@West @2023Q3,2024Q3,2025Q3 Stimmung im Team gut, bisschen müde vom Sommer. Kein Druck von oben, das hilft.
@Süd @2024Q3-2025Q4 Ich habe früher gedacht, Zuhören ist Zeitverschwendung. Heute weiß ich, dass ich ohne Zuhören gar nicht weiß, was ich anbieten soll.
@Nord @2024Q2-2025Q4 Abschlussdruck zum Quartalsende ist brutal. Kunden werden mit Rabatten gelockt, die wir im nächsten Quartal wieder ausbaden.
@West @2023Q1-2025Q4 Die Upselling-Kampagne war okay, aber der Leitfaden war sehr aggressiv formuliert. Hab's dann auf meine Art gemacht.
@Nord @2024Q3-2025Q4 Dienstwagen-Regelung ist unklar, wer darf jetzt ein E-Auto? Gerüchten zufolge nur die Top 5 im Ranking -.-
@Süd @2024Q3-2025Q4 Manchmal fehlt mir noch die Sicherheit, wenn der Kunde selbst nicht weiß, was er will. Da würde ich mir ein Vertiefungsmodul wünschen.
@Nord @2024Q3,2024Q4 Warum bekommt Süd ein Coaching und wir bekommen noch mehr KPIs?
@West @2024Q2-2024Q4 Ich würde gern mal beim Coaching in Süd reinschnuppern. Geht das?
@West @2024Q4-2025Q4 Spesenabrechnung per App klappt gut, danke!
@West @2023Q1-2025Q4 Ein bisschen mehr Anerkennung für den Innendienst wäre schön, die machen viel Arbeit im Hintergrund und lösen oft die Probleme, die wir beim Kunden aufnehmen.
@Süd @2024Q3-2025Q4 Der Druck ist weg, aber die Zahlen zählen trotzdem. Ist ja auch ok so, wir sind im Vertrieb.
@Süd @2024Q3-2025Q2 Drei Dinge aus dem Coaching, die ich wirklich mitnehme:\n1. Erst fragen, dann anbieten.\n2. Meine Annahmen über den Kunden laut aussprechen und prüfen lassen.\n3. Nach verlorenen Deals nicht schimpfen, sondern fragen, was wir hätten anders machen können.\nKlingt simpel, hat meine Termine aber komplett verändert.
@Süd @2024Q3-2025Q4 Wir haben gemeinsam mit dem Kunden eine Lösung erarbeitet, die besser passt als alles, was ich vorher im Kopf hatte.
@West @2025Q4 Ich vermisse ein bisschen Klarheit, wie die Ziele für 2026 aussehen. Bis jetzt nur Andeutungen.
@Nord @2024Q4-2025Q4 Wir brauchen weniger Kontrolle und mehr Vertrauen. Punkt.
@Nord @2024Q3-2025Q4 Keine Zeit für Vorbereitung, keine Zeit für Nachbereitung, nur Termine durchpeitschen.
@Süd @2024Q4-2025Q4 Meine Annahme war immer: Kunden wollen schnelle Antworten. In Wahrheit wollen viele erst mal verstanden werden.
@West @2023Q1-2025Q4 Nichts Neues im Westen :-)
@Nord @2024Q4-2025Q4 Endlich mal ein Lob vom Chef bekommen. Hat gut getan, auch wenn's nur um die Zahlen ging.
@Nord @2024Q4-2025Q4 Ein Kunde hat mir gesagt, er fühlt sich von uns überrumpelt. Das sollte uns zu denken geben.
@Nord @2023Q1-2025Q4 WLAN im Besprechungsraum Elbe geht mal wieder nicht. Ausgerechnet während der Pipeline-Review, schade eigentlich ;-)
@Süd @2024Q4-2025Q4 Größtes Aha-Erlebnis: Mein Bild vom „schwierigen Kunden“ war meistens mein eigenes Vorurteil.
@Nord @2024Q4 Das Spesen-Tool hat jetzt eine App, das ist tatsächlich eine Verbesserung. Die einzige Neuerung dieses Jahr, die nichts mit Kontrolle zu tun hat.
@Nord @2024Q4-2025Q4 Zeitdruck, Leistungsdruck, Erfolgsdruck. Dreifach gemoppelt.
@West @2023Q4,2024Q4,2025Q4 Mit dem Team zufrieden, mit der Technik nicht. Mit dem Druck zum Jahresende so mittel.
@Nord @2024Q4-2025Q4 Pipeline-Zahlen werden schöngerechnet, damit der Forecast passt. Jeder weiß es, keiner sagt was.
@Süd @2024Q4-2025Q4 Ein Kunde hat uns weiterempfohlen, ohne dass wir gefragt haben. Das gab's so noch nie.
@Süd @2025Q3,2025Q4 Habe Zweifel, ob das 2026 so weitergeht, wenn das Budget fürs Coaching gestrichen wird.
@Nord @2024Q4-2025Q4 Mein Eindruck: die Neuen werden direkt ins kalte Wasser geworfen und müssen ab Woche 3 Quote liefern.
@Süd @2024Q4-2025Q4 Teilweise zu viel Selbstreflexion, ehrlich gesagt. Manchmal will ich einfach verkaufen :-)
@Süd @2024Q4,2025Q4 Wir verstehen die Bedürfnisse unserer Kunden heute viel besser. Bei drei Bestandskunden haben wir gemeinsam Pläne fürs nächste Jahr aufgesetzt.
@Nord @2024Q4-2025Q4 Geht so, ehrlich gesagt.
@Süd @2024Q4,2025Q4 Ein bisschen Druck kommt zum Jahresende schon zurück, aber anders als früher: mehr Fragen, weniger Ansagen.
@West @2023Q4,2024Q4,2025Q4 Manche Kollegen klagen über Zeitdruck bei den Jahresabschlüssen; ich find's vertretbar.
@Nord @2024Q4,2025Q4 Die Zielvorgaben für Dezember sind unrealistisch, da ist die halbe Kundschaft im Urlaub.
@West @2023Q4,2024Q4,2025Q4 Die Winterreifen für die Dienstwagen wurden zu spät organisiert.
@Süd @2024Q4-2025Q4 Vertrauen statt Kontrolle: das merkt man im Alltag, z.B. kann ich meine Touren wieder selbst planen.
@Süd @2023Q1-2025Q4 Bitte mehr Parkplätze für E-Autos mit Ladesäule.
@Nord @2024Q4,2025Q4 Jahresendspurt heißt hier: Druck, Druck, Druck.
@West @2024Q4,2025Q4 Wäre cool, wenn es nächstes Jahr Workshops wie in Süd auch für West gäbe. Man hört nur Gutes.
@Nord @2024Q4,2025Q4 Die Fluktuation im Team Nord spricht für sich. Vier Abgänge seit dem Sommer.
@Nord @2024Q4-2025Q4 Vielleicht sollte man mal mit Süd reden, was die anders machen. Da scheint die Stimmung besser zu sein.
@West @2023Q1-2025Q4 Reisekosten: eine Bahncard 100 für Vielfahrer wäre eine echte Erleichterung.
@Süd @2025Q4 Die Zielvorgaben 2026 wurden diesmal mit uns gemeinsam besprochen. Großer Unterschied zu letztem Jahr.
@West @2023Q4,2024Q4,2025Q4 Bei meinem größten Kunden haben wir uns fürs Jahresgespräch diesmal viel Zeit genommen und erst über seine Pläne gesprochen. Lief deutlich besser als sonst.
@Nord @2024Q3-2025Q4 Das Ranking ist nicht motivierend, es ist beschämend.
@West @2024Q4,2025Q4 Kaffeemaschine leckt seit Wochen, ein Handtuch drunter ist keine Dauerlösung.
@West @2023Q4,2024Q4,2025Q4 Weniger Meetings im Dezember wäre schön, vor allem weniger Forecast-Runden.
@Nord @2025Q4 Ich arbeite seit elf Jahren bei Nordwind und so ein Jahr hatte ich noch nicht. Das Bonusmodell hat aus Kollegen Konkurrenten gemacht, die Vertriebsleitung misst alles und vertraut niemandem, und unsere Kunden merken das. Zwei langjährige Kunden haben dieses Jahr gewechselt, ausdrücklich weil sie sich „bedrängt“ gefühlt haben. Wenn 2026 so weitergeht, bin ich weg. Ich schreibe das nicht aus Frust, sondern weil mir die Firma eigentlich wichtig ist.
@West @2023Q4,2024Q4,2025Q4 Forecast für Q4 stimmt ungefähr, wir sind im Plan.
@Nord @2024Q4-2025Q4 Die Forecast-Genauigkeit wird jetzt auch noch gerankt. Fehlt nur noch ein Ranking über die Rankings.
@Nord @2025Q4 Es wurde angekündigt, das Bonusmodell für 2026 zu überprüfen. Bin gespannt, glaube es aber erst, wenn ich's sehe.
@Süd @2025Q4 Rückblick auf zwei Jahre Coaching: Anfang 2024 hätte ich in diese Umfrage nur „Druck“ geschrieben. Jetzt würde ich eher sagen, wir sind wieder Berater und nicht nur Verkäufer. Es ist nicht alles perfekt, der Forecast nervt immer noch und die Quote ist nicht verschwunden. Aber ich gehe wieder gern zum Kunden, und die Kunden merken das.
@West @2023Q4,2024Q4,2025Q4 Kein Druck, kein Stress, ganz normaler Dezember.
@Süd @2024Q3-2025Q4 Gemeinsam mit dem Einkauf vom Kunden eine Bedarfsanalyse gemacht; die Ergebnisse haben uns beide überrascht.
@Nord @2024Q4,2025Q4 Ich hab einen Abschluss bewusst in den Januar geschoben, weil der Kunde noch nicht so weit war. Gab Ärger. Würde es trotzdem wieder so machen.
@Süd @2024Q4-2025Q4 Upselling läuft übrigens besser als früher, weil wir jetzt wissen, was der Kunde tatsächlich braucht, und nicht raten.
@Süd @2024Q4,2025Q4 Die Dezember-Zahlen werden zwar wieder öfter abgefragt, aber ohne Rankings und ohne Druck. Fühlt sich fair an.
@West @2023Q1-2025Q4 Ein Kunde hat sich über den Ton in einem Mahnschreiben beschwert, das kam aber von der Buchhaltung, nicht von uns. Hab ihn angerufen, zugehört und das mit der Buchhaltung gemeinsam geklärt.
@Süd @2024Q4,2025Q4 Ich nehme mir vor, im neuen Jahr noch konsequenter nachzufragen, bevor ich Lösungen anbiete. Mein Reflex ist immer noch, sofort was vorzuschlagen.
@Süd @2025Q1-2025Q4 Eine Kollegin hat im Teammeeting offen erzählt, wie sie einen Kunden durch zu viel Druck verloren hat. So eine Offenheit hätte es vor einem Jahr nicht gegeben.
@West @2023Q1-2025Q4 Ganz ehrlich: zu viele Umfragen. Diese hier einmal im Quartal reicht, die anderen bitte streichen.
@Süd @2024Q3-2025Q4 Passt alles, danke.
@Süd @2025Q4 Die Reflexionsrunden am Freitag bitte beibehalten, auch wenn das Programm offiziell ausläuft!
@Süd @2024Q4,2025Q4 Weihnachtsfeier im Augustiner war super, Prost!
@Nord @2023Q4,2024Q4,2025Q4 Weihnachtsfeier war schön, danke ans Orga-Team
@Süd @2024Q4-2025Q4 Ich hätte nie gedacht, dass ich mal sage: Die Workshops haben meine Arbeit verändert. Ist aber so.
@West @2023Q4,2024Q4,2025Q4 Weihnachtsfeier Köln: Essen gut, Musik zu laut :-)
@Süd @2024Q4,2025Q4 Jahresende und trotzdem ruhig. Früher war der Dezember die Hölle.
@Süd @2024Q4-2025Q4 Ich habe gelernt, meine eigenen Fehler nicht zu verstecken, sondern im Team zu besprechen. Das war ein langer Weg.
@Nord @2024Q4,2025Q4 Kunden wollen im Dezember Ruhe, wir rufen dreimal die Woche an. Passt nicht zusammen.
@West @2023Q4,2024Q4,2025Q4 Gutes Jahr insgesamt, danke ans Team. Die Ziele waren fair und wir durften sie auf unsere Art erreichen.
@West @2025Q4 Das CRM wird angeblich im Januar migriert. Bitte diesmal mit Schulung!
@West @2023Q4,2024Q4,2025Q4 Zusammenfassung meines Jahres:\nKunden: gut.\nTeam: gut.\nCRM: eine Zumutung.\nZiele: knapp erreicht, ohne dass jemand Panik gemacht hat.
@West @2023Q4,2024Q4,2025Q4 Jahresende wie jedes Jahr: etwas hektisch, aber im Rahmen.
@Nord @2024Q4-2025Q4 Ich merke, dass ich selbst angefangen habe, Kunden nur noch als Zahl im Forecast zu sehen. Das gefällt mir nicht an mir.
'''

ORIG_EN = r'''
@IS @2023Q1-2024Q2 Conversion rate, dials, talk time, demos booked, pipeline value... we have more KPIs than customers lol
@IS @2023Q1-2024Q2 We are told to 'always be closing'. Customers can feel that. Half of them hang up as soon as they hear the script.
@IS @2023Q1-2024Q1 Coffee on the 4th floor is terrible, please fix. We need it to survive the 80 dials 😩
@IS @2023Q1,2024Q1 Q1 kickoff was motivating, the new product bundle is easy to pitch.
@West @2023Q1-2025Q4 printer on 3rd floor broken again
@West @2023Q1,2024Q1,2025Q1 Travel expense policy is confusing for cross-border trips, nobody knows which per diem applies in the Netherlands. Otherwise a good start to the year, targets are clear.
@IS @2023Q1-2024Q2 I don't think anyone here is a bad person. The system just rewards pushing people instead of helping them.
@IS @2023Q1-2024Q2 Honestly the pressure to hit the weekly number makes me rush every call. I barely let people finish their sentences.
@IS @2023Q1-2024Q2 The canteen stopped doing the vegan option on Tuesdays, please bring it back. Also a lunch break without someone posting the dial count would be nice.
@West @2023Q1-2025Q4 Canteen food is heavy. More light options please.
@West @2023Q1-2025Q4 Pressure is moderate, nothing unusual for sales.
@West @2023Q1-2025Q4 Nothing to report.
@West @2023Q1-2025Q4 Onboarding documents are outdated, half the links don't work. My buddy helped a lot though, she took me along to customer meetings so I could see how she works with clients.
@IS @2023Q1-2024Q2 Hit my number this month, feel exhausted though.
@West @2023Q1-2025Q4 Lost a deal I thought was safe. In hindsight I never asked who else was involved in the decision. Lesson learned.
@IS @2023Q1-2024Q2 Good team, brutal targets.
@IS @2023Q1-2024Q2 Had a nice call today where the customer actually thanked me for asking about their setup before pitching. Small win.
@IS @2023Q1-2024Q2 Every Monday the leaderboard, every Friday the pipeline review. In between we dial.
@West @2023Q1-2025Q4 Happy overall, thanks.
@West @2023Q1-2025Q4 The German lessons offered by HR are great, please continue them.
@IS @2023Q1-2024Q2 Love my colleagues. Hate the leaderboard.
@IS @2023Q1-2024Q2 Can we please get headsets that don't die after 4 hours? Nothing worse than losing a customer mid-sentence right when they finally open up.
@IS @2023Q1-2024Q2 teh CRM is so slow that I keep notes in a notepad and copy them over later, which of course doesn't count as talk time
@West @2023Q1-2025Q4 Had a good workshop with a Dutch customer where we mapped their processes together before talking about products.
@IS @2023Q1-2024Q2 I'd like more coaching and less monitoring.
@IS @2023Q1-2024Q2 The auto-dialer freezes every afternoon around 3pm, IT says it's a known issue. Of course the dial count still gets compared at 5.
@West @2023Q1,2024Q1,2025Q1 The Q1 targets were communicated late, but they're realistic.
@IS @2023Q1-2024Q2 I feel like I'm being watched all the time. Managers listen in on calls without telling us.
@West @2023Q1-2025Q4 CRM is slow, especially the quote module, and the forecast export times out every Thursday.
@West @2023Q1-2025Q4 I'd appreciate more feedback from my manager, good or bad. Right now I hear very little.
@West @2023Q1-2025Q4 The weekly forecast meeting is a bit long but otherwise useful.
@IS @2023Q1-2024Q2 Super, another sales contest. Winner gets a voucher, losers get a "performance conversation".
@West @2023Q1-2025Q4 My VPN drops every 20 minutes when I'm at customer sites. Hard to work through a customer's own data with them when the connection dies mid-workshop.
@IS @2023Q1-2024Q2 Fear is the main management tool here. Fear of the ranking, fear of the monthly review, fear of being "put on a plan".
@IS @2023Q1-2024Q2 Not every lead is a fit, but we're pushed to book a demo anyway. Then the field team complains about bad demos. Vicious circle.
@West @2023Q1-2025Q4 I sometimes feel out of the loop because internal announcements are only in German. I found out about the new forecast rules two weeks late.
@West @2023Q1-2025Q4 Would be good to have clearer responsibilities between key account and the regional reps. Customers get confused when two of us call them about the same topic.
@West @2023Q1-2025Q4 Parking at the Düsseldorf office is full by 8:15.
@IS @2023Q3-2024Q2 Almost two years here and this quarter was the worst so far. The leaderboard is on the TV next to the kitchen, so every time you grab a coffee you see your name at the bottom in red. We get a chat message every hour with the dial count. I spent 15 minutes with a customer who had a genuinely complicated question and was asked in the afternoon huddle why my numbers were low. I get that we need results. This is not how you get them.
@IS @2023Q1-2024Q2 80 dials a day is not a target, it's a treadmill.
@West @2023Q1-2025Q4 Nice team, good atmosphere, and a manager who trusts us.
@IS @2023Q1-2024Q2 The onboarding was rushed. I was on the phones on day 2 with a script and a quota.
@IS @2023Q1-2025Q4 fine i guess
@West @2023Q1-2024Q2 Targets are fine. Workload is fine. Could use a new laptop.
@IS @2023Q1-2024Q2 Talk time is tracked to the second. If you're on a call too long you get a message asking why. How am I supposed to understand what a customer needs in 4 minutes?
@IS @2023Q1-2024Q2 Team lead is stretched too thin, 14 reps is too many for one person.
@West @2023Q1-2025Q4 Customers in Belgium keep asking for longer trial periods, maybe something to discuss with product management. Listening to them, it's mostly about getting their own IT comfortable first.
@IS @2024Q3 Still 80 dials a day. Nothing changed on that front.
@West @2023Q1-2025Q4 One of my customers said our proposal was the only one that addressed their actual problem. Felt good.
@West @2023Q1-2025Q4 Neutral. Nothing special this quarter.
@West @2023Q1-2025Q4 The CRM update broke the search function, ticket still open. Makes the forecast prep on Thursdays take twice as long.
@IS @2024Q3,2024Q4 I tried asking more open questions on calls, my talk time went up and I got a message about it. Mixed signals.
@West @2023Q1-2025Q4 I need a second monitor. Doing the forecast sheet and the CRM on one screen is painful.
@West @2023Q2,2024Q2,2025Q2 Summer hours on Fridays would be nice. Most customers are off anyway, and nobody checks numbers on Friday afternoon.
@IS @2024Q3 The script has been shortened and we can adapt it to the conversation. Good change.
@IS @2024Q2,2024Q3 The new coffee machine on the 4th floor is a huge upgrade ☕
@West @2023Q1-2025Q4 Intranet search is useless.
@IS @2024Q3,2024Q4 Honestly the quota is still the only thing that matters at the end of the month, no matter what anyone says in the 1:1s.
@West @2024Q2 The new coffee machine is great!
@West @2023Q1-2025Q4 Meetings start late all the time, it adds up. Especially the pipeline review, which then runs into my customer calls.
@West @2023Q1-2025Q4 Communication between sales and service could be better; we often hear about customer complaints last. Hard to build trust when the customer knows more about their open tickets than we do.
@West @2023Q1-2025Q4 I like that our manager trusts us to plan our own travel.
@IS @2023Q1-2025Q4 Would love to shadow a field rep for a day to understand what happens after I book the demo.
@IS @2023Q1-2024Q4 Could we get second monitors for everyone? Switching between CRM and dialer on one laptop screen is a pain, and every second of it shows up in the talk time stats.
@West @2023Q1-2025Q4 Quarter was ok, we missed the target slightly but nobody made a fuss.
@IS @2023Q1-2025Q4 Same as last time.
@IS @2023Q1-2025Q4 Parking permits for the new garage are still not sorted.
@IS @2024Q3 New team lead started in July, first 1:1 was actually about me, not just my numbers.
@West @2023Q1-2025Q4 I realised I often copy-paste last year's proposal for existing customers without asking what changed. Going to stop doing that.
@West @2024Q4-2025Q4 The expense app keeps rejecting Dutch reciepts.
@IS @2023Q1-2024Q4 Please fix the VPN, working from home is impossible on Mondays. And Monday is when they check our call numbers, so that's extra fun.
@IS @2024Q3 Our new lead said "I'd rather you have 40 good conversations than 80 bad dials". We'll see if upper management agrees.
@West @2023Q2,2024Q2,2025Q2 Some pressure around the half-year numbers, as always.
@West @2023Q1-2025Q4 Would appreciate more product training for the new heat pump line, so I can advise customers properly instead of reading from the brochure.
@West @2023Q1-2025Q4 Car lease process takes forever.
@IS @2024Q3 Mixed feelings this quarter; the tone from our direct lead is much better, but the numbers coming from above haven't changed at all, so in the end we're still stuck between "take your time with customers" and "where are your 80 dials". Would be good if both levels agreed on what they actually want from us.
@IS @2023Q1-2024Q3 A customer told me she'd been called by three of us in the same week. That's what happens when everyone chases the same list for the leaderboard.
@IS @2024Q3 The new headsets are great, thanks!
@IS @2024Q3 Better than last quarter. Still not great.
@IS @2024Q3-2025Q4 Had a customer who was angry about a billing issue. Instead of pitching the upgrade I just helped them sort it out. Two weeks later they called back and bought. Go figure.
@IS @2024Q3 Less shouting, more talking. Keep it up.
@IS @2024Q3-2025Q2 I'm learning that when I slow down, people trust me more. Took me a while to notice.
@West @2023Q1-2025Q4 Fine, thanks for asking.
@West @2023Q1,2024Q1,2025Q1 Trade show in Essen: long days but worth it. Best part was having time to really listen to what visitors struggle with instead of just scanning badges.
@IS @2024Q3,2024Q4 I feel less micromanaged since the change in leadership. Still tracked, but nobody pings me when a call runs over 5 min.
@IS @2024Q2,2024Q3 Burnout risk is high on this team, several people are on sick leave.
@West @2023Q1-2025Q4 Workload is high because of two open positions, but manageable.
@IS @2024Q3,2024Q4 Monitoring feels less aggressive now. Call reviews are more like feedback than a trial.
@IS @2023Q2,2024Q2 Pressure to close before quarter end is insane this month. Discounts everywhere.
@IS @2024Q3 Leaderboard still there, but at least it's not on the big screen anymore.
@West @2023Q2,2024Q2,2025Q2 Team lunch in June was a nice gesture. Nice to talk about something other than the half-year numbers for once.
@West @2024Q2,2024Q3 Heard rumours about rankings in the north team. Please don't bring that here.
@IS @2023Q2,2024Q2 Targets went up by 10% for H2 and nobody explained why.
@IS @2023Q1-2024Q3 Contest fatigue is real. Please no more "sprint weeks".
@West @2024Q3,2025Q3 Bike parking is full since the bike leasing offer started 🚲
@IS @2024Q4-2025Q3 Peer call reviews on Thursdays are useful. Hearing how colleagues handle objections without pushing is eye-opening.
@West @2023Q3,2024Q3,2025Q3 Air conditioning, please!!
@West @2023Q1-2025Q4 I keep assuming that technical buyers don't care about the relationship. Had a conversation this quarter that proved me wrong.
@IS @2025Q1 Dial target dropped to 60. Quality of calls went up, at least mine did.
@IS @2025Q1,2025Q2 Leaderboard is weekly now, not daily. Small change, big difference.
@IS @2023Q3,2024Q3,2025Q3 Air con on our floor is broken again. Hard to sound calm and patient on the phone when it's 30 degrees.
@IS @2023Q2,2024Q2,2025Q2 Expense reports for the trade show are still pending approval after 6 weeks.
@IS @2024Q4-2025Q4 I wish upper management would visit the floor once and listen to what the calls actually sound like.
@IS @2024Q4-2025Q4 I asked open questions and actually understood what they need. Booked fewer demos but all of them were real.
@IS @2023Q1-2025Q4 Still too many internal surveys 😅
@West @2023Q1-2025Q4 Not much to say, all good.
@West @2023Q1-2025Q4 Quarterly review was fair and factual.
@West @2023Q3,2024Q3,2025Q3 Feeling a bit tired, lots of travel this quarter. Targets are fine though.
@West @2023Q2,2023Q3,2024Q2,2024Q3,2025Q2,2025Q3 Targets for H2 went up a bit, still achievable.
@West @2023Q1-2025Q4 The customer chose us because we spent time understanding their maintenance process. Our price was actually higher than the competitor's.
@IS @2024Q4 The discovery-call training was the best training I've had here. We practised just listening for 10 minutes without pitching anything.
@IS @2024Q4-2025Q2 I don't feel afraid of the monthly review anymore. Not excited either, but not afraid.
@West @2023Q1-2025Q4 The tender for the hospital group was stressful with a tight deadline, but the team pulled together.
@West @2023Q1-2025Q4 Hotel booking tool shows prices that don't match the policy limit, annoying.
@IS @2024Q4-2025Q2 The biggest change for me: I now prepare a couple of questions before each call instead of memorising the pitch.
@West @2024Q3-2025Q4 Got my new laptop, much faster. Quote tool still slow though, customers sometimes wait two days for a simple offer.
@West @2024Q4-2025Q4 Good collaboration with inside sales lately, the leads are better qualified.
@IS @2023Q3,2024Q3,2025Q3 Payroll was late in July, please don't let that happen again.
@IS @2024Q4-2025Q4 We solved a tricky licensing problem together with the customer's IT team on a call. Felt more like consulting than selling.
@West @2023Q1-2025Q4 Please translate the all-hands slides into English, or at least the key points. I usually learn about next quarter's targets only when someone translates them for me.
@West @2024Q3,2024Q4 Would love to join the coaching sessions the south team is doing.
@IS @2025Q1,2025Q2 Good quarter. Team definately feels more relaxed.
@IS @2024Q4-2025Q2 What changed for me this quarter:\n- I stopped reading the script word for word\n- I write down what the customer said, not what I said\n- I ask "what happens if you don't solve this?" before talking about price\nMy numbers are about the same, but I go home less drained.
@IS @2024Q4,2025Q1 Not sure the training sticks. Two weeks later most of us were back to the old script.
@West @2023Q3,2024Q3,2025Q3 September upselling campaign script was a bit pushy for my taste. Adapted it.
@West @2023Q1-2025Q4 Some customers are hesitant because of the economy; pushing harder doesn't help, patience does.
@IS @2024Q4-2025Q3 Our team lead now asks "what did you learn from that call?" instead of "why didn't you close?". I notice I'm thinking about my calls differently.
@West @2023Q1-2025Q4 More flexibility on working hours would help with family stuff. My manager trusts me with it, the policy doesn't.
@IS @2023Q1-2025Q4 Ok-ish this quarter.
@West @2023Q1-2025Q4 ok, nothing new
@West @2023Q3,2024Q3,2025Q3 Canteen closed in August, vouchers would have been nice.
@IS @2023Q1-2024Q4 kpis kpis kpis
@IS @2024Q4-2025Q4 I catch myself assuming the customer only cares about price. When I ask, it's usually about support or onboarding.
@West @2023Q3,2024Q3,2025Q3 Quiet summer. Good time to clean up accounts and call a few customers just to ask how they're doing, without selling anything.
@IS @2024Q3-2025Q4 Still feels like the numbers win every argument.
@IS @2024Q4-2025Q4 I used to think listening was a waste of time. Now I realise I was just guessing what people wanted.
@IS @2025Q1-2025Q4 Mistake of the week: I promised a feature that doesn't exist because I wanted to close. Talked about it in the retro, nobody yelled, we fixed it together with the customer. That's new.
@IS @2024Q4-2025Q4 The field reps say the demos we book are better now. Nice to hear for once.
@West @2023Q1-2025Q4 Everything as usual. Forecast meeting still too long.
@IS @2025Q1-2025Q3 Quarter end push was still there but felt more reasonable. No threats this time.
@IS @2025Q3 Summer was slow, and for once nobody panicked about it.
@West @2024Q4,2025Q4 I'd like to see the workshops from the south team rolled out to us next year.
@IS @2025Q1-2025Q4 Eye level conversations with customers, that's what we practised in the training and it actually works on the phone too.
@West @2024Q4,2025Q4 The coffee machine is leaking.
@IS @2025Q1-2025Q4 Good, no complaints.
@West @2023Q4,2024Q4,2025Q4 Spent the annual review with my biggest customer listening to their plans for next year before presenting anything. Much better meeting than usual.
@West @2023Q1-2025Q4 Too many surveys.
@IS @2025Q3,2025Q4 The rankings are gone from the team channel but management still sends them around by email. Half measures.
@IS @2025Q3,2025Q4 I helped a small customer figure out they didn't need the premium plan. My manager backed me on that. A year ago that would have been a problem.
@West @2025Q4 I noticed I only call some customers when I want to sell something. Want to change that in 2026.
@West @2023Q1-2025Q4 A bit more recognition for the back office would be good. They solve half of our customers' problems before we even hear about them.
@IS @2025Q4 No pressure to close this quarter, at least not the kind we had last year. Targets are there but they feel fair.
@IS @2025Q4 Please keep the Thursday call reviews next year!
@IS @2025Q2-2025Q4 I still feel the pressure in the last two weeks of every month. Maybe that's just sales.
@West @2023Q1-2025Q4 Happy with the team, less happy with the tools and the weekly KPI report.
@IS @2024Q4 Trust between the team and our lead is much better than in spring.
@West @2023Q4,2024Q4,2025Q4 Some colleagues complain about year-end pressure; for me it's within normal limits.
@IS @2025Q1-2025Q4 Customers tell me I'm the first sales person who actually listened. Nice compliment, but also kind of sad for our industry.
@West @2023Q2,2024Q2,2025Q2 Holiday schedule sorted, all good.
@IS @2025Q4 Honest feedback: the improvement is real, but it's fragile. It depends almost entirely on our team lead. When she was on holiday in October, the regional director ran the Monday meeting and within ten minutes we were back to names, numbers and "who's not pulling their weight". If the culture is going to last, it needs to come from the top too, not just from one good manager.
@West @2023Q1-2025Q4 Forecast is on track.
@IS @2025Q1-2025Q4 I'm more aware of my habits now. When I get nervous I start pitching too early, so I try to ask one more question first.
@West @2023Q1-2025Q4 Expense reimbursement got faster, thanks finance!
@IS @2024Q3,2024Q4 Laptop replacement finally happened, the new ones are fast. Less time waiting for the CRM, more time actually talking to customers.
@West @2023Q1-2025Q4 No complaints this quarter. Our manager gives us room to work with customers our own way.
@West @2023Q1-2025Q4 A rail card for frequent travellers would save a lot of hassle and leave more energy for the customer meetings themselves.
@West @2023Q4,2024Q4,2025Q4 Working from home on snow days should be easier to get approved. Feels like control for the sake of control.
@IS @2024Q4,2025Q4 The dialer update in November broke the call notes again 🙄 Those notes are how I remember what customers actually told me.
@IS @2025Q4 Looking back at the start of last year I would not have believed we'd get here. Not perfect, but much more human.
@West @2023Q4,2024Q4,2025Q4 Christmas party was nice, music too loud though.
@IS @2025Q2-2025Q4 Some people still get micromanaged depending on which manager they report to. It's not consistent.
@IS @2025Q4 Leaderboard came back for December "just for fun". It's not fun.
@West @2025Q4 Would like clarity on 2026 targets soon.
@IS @2023Q4,2024Q4,2025Q4 Snow + no parking = late to work. Please fix the garage access.
@West @2023Q4,2024Q4,2025Q4 Year end a bit hectic, but under control.
@IS @2025Q2-2025Q4 Pipeline review is now about understanding deals, not interrogating people. Big improvement.
@West @2025Q4 CRM migration in January, please plan proper training this time.
@IS @2025Q4 Year-end is still stressful. The forecast calls doubled in December.
@IS @2023Q1-2025Q4 Would like more career development options. Inside sales feels like a dead end sometimes.
@IS @2024Q4 Quota for January already announced. Slightly lower dial target, higher conversion target. Makes sense I guess.
@West @2023Q4,2024Q4,2025Q4 Winter tyres for company cars were late again.
@West @2023Q1-2025Q4 Steady quarter, nothing dramatic. Targets met without anyone pushing.
@IS @2025Q4 Better year than expected. Still room to improve on how management talks about numbers.
@IS @2023Q4,2024Q4,2025Q4 Christmas party was fun, thanks to whoever organised the karaoke 🎤
@IS @2025Q2-2025Q4 We now do short reflection rounds after lost deals. Lots of "I assumed..." moments. Really helpful.
@IS @2023Q1-2025Q4 Stressful but ok.
@West @2023Q4,2024Q4,2025Q4 Nice year overall, thanks team.
@IS @2025Q4 I learned more about our customers this year than in the two years before. Mostly because I stopped talking so much.
'''

# ---------------------------------------------------------------------------
# Workshop reflections: written by hand, copied as they are into workshops/.
# ---------------------------------------------------------------------------

WORKSHOPS = {
"2023-11-07-vertriebstag-sued.txt": """\
Vertriebstag Süd, Augsburg – meine Notizen

Thema des Tages war wieder einmal „Abschlussstärke“. Der Trainer hat uns drei Techniken gezeigt, wie man den Kunden zur Unterschrift bringt: die Alternativfrage, die Zusammenfassung mit Ja-Kette und den „letzten Rabatt“. Danach Rollenspiele, in denen jeder einen Einwand wegdrücken sollte.

Am Nachmittag hat der Regionalleiter die Abschlussquoten des Quartals gezeigt, Name für Name. Wer unter 80 % lag, sollte vor allen erklären, was er im nächsten Monat anders macht. Die Stimmung danach war entsprechend.

Was ich mitnehme: ehrlich gesagt wenig. Meine Kunden sind Stadtwerke und Kliniken, die entscheiden in Gremien. Da hilft keine Alternativfrage. In der Kaffeepause haben mehrere Kollegen gesagt, dass sie sich mehr Zeit für die Vorbereitung wünschen und weniger Druck bei den Zahlen.

Angeblich soll es ab Januar ein Coaching-Programm geben. Ich bin skeptisch, aber ich lasse mich gern überraschen.
""",

"2024-02-15-coaching-sued-modul1.txt": """\
Coaching-Programm Süd, Modul 1 „Zuhören und Fragen“ – Reflexion

Ich bin mit gemischten Gefühlen hingefahren. Nach dem Vertriebstag im November hatte ich mit dem nächsten Abschlusstraining gerechnet. Stattdessen ging es den ganzen Tag darum, wie wir Kunden zuhören.

Die wichtigste Übung: Zehn Minuten Kundengespräch im Rollenspiel, ohne ein einziges Produkt zu nennen. Nur offene Fragen. Ich habe nach drei Minuten gemerkt, wie oft ich innerlich schon die Lösung parat hatte, bevor der „Kunde“ überhaupt fertig war. Der Coach nennt das den Reflex zum Angebot.

Danach haben wir in Dreiergruppen besprochen, welche Annahmen wir über unsere Kunden haben. Bei mir: Kliniken wollen immer den günstigsten Preis. Beim Nachdenken ist mir aufgefallen, dass das eigentlich nur für zwei von zwölf Kunden stimmt.

Für die nächsten vier Wochen nehme ich mir vor, in jedem Erstgespräch mindestens drei offene Fragen zu stellen, bevor ich über Technik rede. Mal sehen, ob der Monatsreport das aushält.
""",

"2024-05-14-coaching-sued.txt": """\
Coaching Süd, Modul 3 „Gemeinsam mit dem Kunden“ – Reflexion

Heute ging es darum, wie wir Lösungen gemeinsam mit dem Kunden erarbeiten, statt sie fertig mitzubringen. Wir haben echte Fälle aus unseren Gebieten mitgebracht. Mein Fall: die Bäckereikette, bei der ich seit einem Jahr eine neue Wärmepumpe anbieten will.

In der Fallberatung haben mich die Kollegen gefragt, was der Kunde eigentlich für ein Problem hat. Ich konnte es nicht sagen. Ich wusste, was ich verkaufen will, aber nicht, was ihn nachts wach hält.

Der Coach hat vorgeschlagen, einen kleinen Workshop beim Kunden zu machen, mit dem Haustechniker und der Filialleitung. Ich habe den Termin schon angefragt.

Was mich überrascht hat: Der Regionalleiter war den ganzen Tag dabei und hat fast nichts gesagt. Am Ende meinte er, die Abschlussquote werde ab sofort nicht mehr in der Teamrunde vorgelesen. Einige haben gelacht, weil sie es nicht geglaubt haben. Ich glaube es erst, wenn ich es sehe, aber es wäre ein Anfang.
""",

"2024-06-20-crm-workshop-west.txt": """\
Workshop West: CRM-Prozesse und Angebotserstellung (Köln)

Halbtägiger Workshop mit Außendienst, Innendienst und zwei Kolleginnen aus der IT. Ziel war, die Zeit vom Kundentermin bis zum fertigen Angebot zu verkürzen.

Ergebnisse:
- Die Pflichtfelder im Besuchsbericht werden von 14 auf 8 reduziert.
- Angebote für Wartungsverträge bekommen eine Vorlage, die der Innendienst direkt aus dem CRM befüllen kann.
- Die Suche im CRM ist seit dem letzten Update kaputt, die IT kümmert sich bis Ende Juli.
- Der Export für die Forecast-Runde dauert zu lange, dafür gibt es vorerst eine Excel-Vorlage.

Persönlich fand ich gut, dass Innendienst und Außendienst einmal zusammen an einem Tisch saßen. Viele Rückfragen entstehen, weil wir beim Kunden Dinge aufnehmen, die im System nirgends Platz haben.

Nächster Termin im Herbst, dann mit den Kollegen aus Düsseldorf.
""",

"2024-09-24-teamtag-nord.txt": """\
Teamtag Nord, Hamburg – Notizen aus der offenen Runde

Eigentlich sollte es um die Ziele fürs vierte Quartal gehen. Nach zwanzig Minuten ging es nur noch um den Turbo-Bonus.

Was gesagt wurde, ohne Namen:
Das Ranking im Flur setzt alle unter Druck, auch die, die vorne sind. Leads werden nicht mehr geteilt, weil jeder Abschluss im eigenen Ranking zählen muss. Zwei Kollegen haben gesagt, dass sie Kunden Module verkauft haben, die diese nicht brauchen, nur um die Cross-Selling-Quote zu schaffen. Die täglichen Pipeline-Abfragen und die Mails in CC werden als Kontrolle und Misstrauen empfunden. Drei Leute sind krankgeschrieben, zwei haben gekündigt.

Die Vertriebsleitung hat zugehört, aber gesagt, dass das Modell bis mindestens Ende 2025 bleibt, weil der Umsatz gestiegen ist. Die Stornoquote wurde nicht erwähnt.

Mein Eindruck: Viele würden gern anders arbeiten, so wie wir es aus Süd hören. Aber solange nur Abschlüsse bezahlt werden, macht das keiner freiwillig. Ich habe vorgeschlagen, wenigstens das Ranking aus dem Flur zu nehmen. Antwort: wird geprüft.
""",

"2024-10-22-discovery-call-training-inside-sales.txt": """\
Discovery-call training, Inside Sales – my reflection

Two days with an external trainer, the whole team plus our new team lead. I expected another script. Instead we spent most of the first day listening to recordings of our own calls.

The uncomfortable part: in almost every call, we started pitching within the first ninety seconds. In one of mine the customer tried three times to explain a problem with their billing, and I talked over it every time because I wanted to book the demo.

We practised calls where you are not allowed to mention the product for the first ten minutes. It felt slow. It also felt like the first real conversations I have had on the phone in months. The trainer kept asking: what did you assume about this customer before you dialled?

Takeaways for me:
- prepare two or three questions per call instead of memorising the pitch
- write down what the customer said, not what I said
- ask what happens if they don't solve the problem

The big question is whether this survives the dial target. Our lead says she will push for fewer dials from January. We will see.
""",

"2025-02-05-key-account-benelux-west.txt": """\
Benelux key account workshop, Düsseldorf

Half-day session with the English-speaking part of team West and two colleagues from service. Topic: how we work with our three largest customers in the Netherlands and Belgium.

What went well last year: the hospital group in Antwerp renewed the maintenance contract after we spent a full day on site mapping their processes with the facility team. They told us our proposal was the only one that addressed their actual problem.

What did not go well: we lost a tender in Eindhoven because we assumed the purchasing department was the decision maker. It was the technical director, whom we never met. Lesson learned: ask early who is involved in the decision.

Practical issues that keep coming up: internal announcements only in German, the expense app rejecting Dutch receipts, and the VPN at customer sites.

Targets for 2025 are slightly higher but realistic. Nobody is pushing us, and I would like to keep it that way.
""",

"2025-03-18-coaching-sued-rueckblick.txt": """\
Ein Jahr Coaching-Programm Süd – Rückblick im Team (München)

Wir haben uns einen Nachmittag genommen, um auf das erste Jahr zurückzuschauen. Jeder sollte eine Sache nennen, die er anders macht als vor einem Jahr.

Einige Antworten: Ich frage mehr und rede weniger. Ich schreibe nach jedem Termin auf, was ich angenommen habe und was wirklich war. Ich traue mich, einem Kunden von einem Modul abzuraten. Ich erzähle im Team, wenn ich einen Auftrag verloren habe, und frage, was ich hätte anders machen können.

Dann haben wir uns die Zahlen angeschaut. Die Abschlussquote ist nicht gesunken, die Stornoquote ist deutlich zurückgegangen, und drei Kunden haben uns weiterempfohlen.

Kritische Punkte gab es auch: Der Forecast ist immer noch wöchentlich, und zum Quartalsende wird es nach wie vor eng. Zwei Kollegen finden die Reflexionsrunden zu lang.

Die größte Sorge: Das Budget für das Programm ist nur bis Ende 2025 gesichert. Wir haben vereinbart, die kollegiale Fallberatung am Freitag auf jeden Fall selbst weiterzuführen.
""",

"2025-06-12-call-review-retro-inside-sales.txt": """\
Inside Sales retro: eight months of peer call reviews

Every Thursday since November, two of us play a recorded call and the team discusses it. Today we looked back at what this has changed.

Positive: people are less afraid of feedback. Mistakes get discussed without anyone being blamed, and several of us said they now notice their own habits, like pitching too early when nervous or assuming the customer only cares about price. The field reps say the demos we book are better qualified. The dial target of 60 gives us time to prepare.

Negative: the quota is still there, and the last two weeks of every month still feel like the old days. Upper management sends the rankings around by email, even though we took them off the team channel. Some of us report to a different manager who still checks talk time.

One colleague said the whole change depends on our team lead, and if she left, we would be back to 80 dials within a month. Nobody disagreed.
""",

"2025-11-12-bonusmodell-nord.txt": """\
Workshop Nord: Überprüfung des Bonusmodells für 2026

Die Vertriebsleitung hat zum ersten Mal seit Einführung des Turbo-Bonus einen Workshop dazu angeboten. Anwesend waren fast alle aus Nord, dazu jemand aus der Personalabteilung.

Die Zahlen, die gezeigt wurden: Umsatz 2024 gestiegen, 2025 wieder leicht gesunken. Stornoquote deutlich höher als vor dem Modell. Fluktuation im Team: sieben Abgänge in achtzehn Monaten.

In der Diskussion ging es vor allem um das Ranking, die Cross-Selling-Quote pro Termin und die täglichen Pipeline-Abfragen. Viele haben beschrieben, wie sehr der Druck die Kundengespräche verändert hat. Ein Kollege sagte, er habe angefangen, Kunden nur noch als Zahl im Forecast zu sehen, und das gefalle ihm selbst nicht.

Vorschläge aus dem Team: Teamziele statt Einzelranking, Bonus auch für Kundenzufriedenheit, kein Bildschirm im Flur, und ein Coaching wie in Süd.

Zugesagt wurde nur, die Vorschläge zu prüfen. Die Entscheidung fällt im Januar. Ich bin vorsichtig optimistisch, aber die Stimmung im Raum war eher müde als hoffnungsvoll.
""",
}

# ---------------------------------------------------------------------------
# Fragments: parsing and expansion
# ---------------------------------------------------------------------------

ROLE_TAGS = {"AD", "ID", "TL", "KAM", "SDR", "AE"}


def calm(lang, team_tag, t):
    """Teams and quarters whose pressure comes from @mild and their own lines only:
    West and Key Account always, Süd once the coaching has taken hold (2024-Q3)."""
    return team_tag in ("West", "KA") or (lang == "de" and team_tag == "Süd" and t >= 6)
TEAM_TAGS = {"de": {"Nord", "Süd", "West", "KA"}, "en": {"IS", "West"}}
_QSPEC = re.compile(r"^(\d{4}Q[1-4])?(-|\+)?(\d{4}Q[1-4])?$")
_PARTS = re.compile(r"(\{[^{}]*\}|<[A-Z]+>)")
_PLACEHOLDER = re.compile(r"<([A-Z]+)>")


def _quarters(spec):
    """'2024Q2+', '-2024Q1', '2024Q2-2025Q1', '2024Q2' (comma lists allowed) -> set of t."""
    out = set()
    for item in spec.split(","):
        m = _QSPEC.match(item)
        if not m or not (m.group(1) or m.group(3)):
            return None
        a, op, b = m.groups()
        lo = QLABEL.index(a) if a else 0
        if op == "+":
            hi = len(QLABEL) - 1
        elif op == "-":
            hi = QLABEL.index(b) if b else len(QLABEL) - 1
        else:
            hi = lo
        out.update(range(lo, hi + 1))
    return out


class Fragment:
    __slots__ = ("parts", "teams", "quarters", "seasons", "roles", "tone", "theme", "src", "mild", "solo")

    def __init__(self, line, lang, theme):
        tokens = line.split(" ")
        self.teams = self.quarters = self.seasons = self.roles = None
        self.tone = None
        self.theme = theme
        self.mild = self.solo = False
        while tokens and tokens[0].startswith("@"):
            tag = tokens.pop(0)[1:]
            items = tag.split(",")
            if tag in ("+", "-"):
                self.tone = tag
            elif tag == "mild":
                self.mild = True                    # pressure light enough for the calm teams
            elif tag == "solo":
                self.solo = True                    # only as a comment of its own
            elif all(i in TEAM_TAGS[lang] for i in items):
                self.teams = set(items)
            elif all(i in ROLE_TAGS for i in items):
                self.roles = set(items)
            elif all(re.fullmatch(r"q[1-4]", i) for i in items):
                self.seasons = {int(i[1]) for i in items}
            else:
                qs = _quarters(tag)
                if qs is None:
                    raise ValueError(f"bad tag @{tag} in: {line}")
                self.quarters = qs
        self.src = " ".join(tokens)
        parts = []
        for p in _PARTS.split(self.src):
            if not p:
                continue
            if p[0] == "{":
                parts.append(tuple(p[1:-1].split("|")))
            elif p[0] == "<":
                parts.append(p[1:-1])               # placeholder name: str subclass check below
            else:
                parts.append(_Lit(p))
        self.parts = parts

    def fits(self, team_tag, t, role_tag):
        if self.teams is not None and team_tag not in self.teams:
            return False
        if self.quarters is not None and t not in self.quarters:
            return False
        if self.seasons is not None and QUARTERS[t][1] not in self.seasons:
            return False
        if self.roles is not None and role_tag not in self.roles:
            return False
        return True

    def expand(self, rng, places):
        out = []
        for p in self.parts:
            if type(p) is _Lit:
                out.append(p)
            elif type(p) is tuple:
                alt = p[int(rng.random() * len(p))]
                if "<" in alt:
                    alt = _PLACEHOLDER.sub(lambda m: _pick(rng, places[m.group(1)]), alt)
                out.append(alt)
            else:
                vals = places[p]
                out.append(vals[int(rng.random() * len(vals))])
        s = "".join(out)
        if "  " in s or " ," in s or " ." in s:
            s = " ".join(s.split()).replace(" ,", ",").replace(" .", ".")
        return s.strip()


class _Lit(str):
    pass


def parse_pool(text, lang, theme):
    frags = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            frags.append(Fragment(line, lang, theme))
    return frags


def parse_originals(text, lang):
    """Original hand-written comments: '@Team @quarters text' with '\\n' for line breaks."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        team_tag, qspec, body = line.split(" ", 2)
        out.append((team_tag[1:], sorted(_quarters(qspec[1:])), body.replace("\\n", "\n")))
    return out


class Language:
    """Everything the generator needs for one language."""

    def __init__(self, lang):
        self.lang = lang
        if lang == "de":
            pools = {"P": DE_PRESSURE, "A": DE_ADVISORY, "R": DE_REFLECTION, "X": DE_RELIEF,
                     "M": DE_MIXED, "N": DE_NEUTRAL}
            self.openers, self.closers = parse_pool(DE_OPENERS, lang, "o"), parse_pool(DE_CLOSERS, lang, "c")
            self.contrast, self.labels, self.emo = DE_CONTRAST, DE_LIST_LABELS, DE_EMOTICONS
            self.lower_ok = DE_LOWER_OK
            self.places = {team: dict(v, NAME=DE_NAMES, TAG=DE_DAYS) for team, v in DE_PLACES.items()}
            self.hedges_end = [", finde ich.", ", glaube ich.", ", ehrlich gesagt.", ", oder?", ", irgendwie.",
                               ", zumindest gefühlt.", ", sag ich mal."]
            self.hedges_start = ["Ich finde, ", "Mein Eindruck: ", "Ich glaube, ", "Ehrlich gesagt: "]
            self.hedge_ok = {"Die", "Der", "Das", "Wir", "Man", "Unser", "Unsere", "Es"}
            self.list_heads = ["Kurz zusammengefasst:", "Meine Punkte:", "Ein paar Punkte:", "Zusammenfassung:"]
            self.originals = parse_originals(ORIG_DE, lang)
        else:
            pools = {"P": EN_PRESSURE, "A": EN_ADVISORY, "R": EN_REFLECTION, "X": EN_RELIEF,
                     "M": EN_MIXED, "N": EN_NEUTRAL}
            self.openers, self.closers = parse_pool(EN_OPENERS, lang, "o"), parse_pool(EN_CLOSERS, lang, "c")
            self.contrast, self.labels, self.emo = EN_CONTRAST, EN_LIST_LABELS, EN_EMOJI
            self.lower_ok = EN_LOWER_OK
            self.places = {team: dict(v, NAME=EN_NAMES, DAY=EN_DAYS) for team, v in EN_PLACES.items()}
            self.hedges_end = [", I think.", ", honestly.", ", tbh.", ", imo.", " if you ask me.", ", to be fair."]
            self.hedges_start = ["I think ", "Honestly, ", "My impression: ", "To be fair, "]
            self.hedge_ok = {"The", "Our", "We", "It", "There", "Most", "Some", "Everyone", "Nobody", "Management",
                             "Customers", "People"}
            self.list_heads = ["My points:", "In short:", "A few things:", "Summary:"]
            self.originals = parse_originals(ORIG_EN, lang)
        self.pools = {th: parse_pool(txt, lang, th) for th, txt in pools.items()}
        self._cache = {}

    def candidates(self, theme, team_tag, t, role_tag, solo=False):
        key = (theme, team_tag, t, role_tag, solo)
        c = self._cache.get(key)
        if c is None:
            pool = self.pools[theme] if theme in self.pools else (self.openers if theme == "o" else self.closers)
            if not solo:
                pool = [f for f in pool if not f.solo]
            if theme in ("P", "M") and calm(self.lang, team_tag, t):
                pool = [f for f in pool if f.mild or f.teams is not None]
            c = [f for f in pool if f.fits(team_tag, t, role_tag)]
            if not c:
                c = [f for f in pool if f.fits(team_tag, t, None) and f.roles is None]
            # fragments tagged for this team or phase are the storyline: give them more weight
            c = c + [f for f in c if f.teams is not None or f.quarters is not None]
            self._cache[key] = c
        return c


# ---------------------------------------------------------------------------
# Putting a comment together
# ---------------------------------------------------------------------------

_END = (".", "!", "?", ":", ")", "…", "\"", "“", ";", "^", "D", "/", "*")
TONE = {"P": "-", "A": "+", "R": "+", "X": "+", "M": "0", "N": "0"}


def _pick(rng, items):
    return items[int(rng.random() * len(items))]


def _lower_first(s, lower_ok):
    w = s.split(" ", 1)
    if w[0] in lower_ok:
        return w[0].lower() + (" " + w[1] if len(w) > 1 else "")
    return None


def _end(s):
    return s if s.endswith(_END) else s + "."


class Composer:
    def __init__(self, L):
        self.L = L

    def fragment(self, rng, theme, team, team_tag, t, role_tag, used, solo):
        cands = self.L.candidates(theme, team_tag, t, role_tag, solo)
        places = self.L.places[team]
        starts = [u[1] for u in used]
        for _ in range(5):
            f = _pick(rng, cands)
            s = f.expand(rng, places)
            start = s.split(" ", 2)[:2]
            if all(f is not u[0] for u in used) and start not in starts:
                break
        used.append((f, start))
        tone = f.tone or TONE.get(theme, "0")
        return s, tone

    def comment(self, rng, team, team_tag, t, role_tag, theme, k, bag):
        """One comment: k fragments, the first of the given theme; the others come from bag
        (a Bag of themes with the mix of the team and quarter)."""
        L = self.L
        used = []
        parts = [self.fragment(rng, theme, team, team_tag, t, role_tag, used, k == 1)]
        for _ in range(k - 1):
            if theme == "N":
                th = "N" if rng.random() < .5 else bag.take(skip="N")
            else:
                th = theme if rng.random() < .35 else bag.take()
            parts.append(self.fragment(rng, th, team, team_tag, t, role_tag, used, False))
        if len(parts) > 1 and rng.random() < .25:                 # side topic first
            parts.insert(0, parts.pop(int(rng.random() * len(parts))))
        tones = [tn for _, tn in parts]
        overall = "-" if "-" in tones and "+" not in tones else "+" if "+" in tones and "-" not in tones else "0"

        form = rng.random()
        if len(parts) >= 2 and form < .018:
            text = self._as_list(rng, parts)
        else:
            out = []
            contrast = False
            for i, (s, tn) in enumerate(parts):
                s = _end(s)
                if (i and not contrast and tn != parts[i - 1][1] and "0" not in (tn, parts[i - 1][1])
                        and rng.random() < .45):
                    contrast = True
                    c = _pick(rng, L.contrast if tn == "+" else L.contrast[:-1])   # "Dafür:" only before good news
                    if c[-1] == ":":
                        s = f"{c} {s}"
                    else:
                        low = _lower_first(s, L.lower_ok)
                        if low:
                            s = f"{c} {low}"
                out.append(s)
            opener = None
            if rng.random() < .10:
                o = [f for f in L.candidates("o", team_tag, t, None) if f.tone in (None, overall)]
                opener = _pick(rng, o).expand(rng, L.places[team])
            if rng.random() < .06:                                 # hedge
                i = int(rng.random() * len(out))
                s = out[i]
                if (rng.random() < .5 and s.endswith(".") and not s.endswith("..") and len(s.split()) > 3
                        and parts[i][1] != "0"):
                    out[i] = s[:-1] + _pick(rng, L.hedges_end)
                elif parts[i][1] != "0" and s.split(" ", 1)[0] in L.hedge_ok:
                    h = _pick(rng, L.hedges_start)
                    low = s if h.endswith(": ") else _lower_first(s, L.lower_ok)
                    if low and not (i == 0 and opener):
                        out[i] = h + low
            text = " ".join(out)
            if opener:
                text = opener + " " + text
            if rng.random() < .13:
                c = [f for f in L.candidates("c", team_tag, t, None) if f.tone in (None, overall)]
                text = text + " " + _pick(rng, c).expand(rng, L.places[team])
        text = self._typos(rng, text)
        if rng.random() < (.045 if L.lang == "de" else .07):
            text = text + " " + _pick(rng, L.emo[overall])
        return self._fit_length(rng, text, team, team_tag, t, role_tag)

    def _as_list(self, rng, parts):
        L = self.L
        pos = [s for s, tn in parts if tn == "+"]
        neg = [s for s, tn in parts if tn == "-"]
        if pos and neg and rng.random() < .7:
            a, b = _pick(rng, L.labels)
            return f"{a} {_end(pos[0])}\n{b} {_end(neg[0])}"
        lines = [_end(s) for s, _ in parts]
        style = rng.random()
        if style < .4:
            body = "\n".join(f"- {s}" for s in lines)
        elif style < .7:
            body = "\n".join(f"{i}. {s}" for i, s in enumerate(lines, 1))
        else:
            body = "\n".join(lines)
        return (_pick(rng, L.list_heads) + "\n" + body) if rng.random() < .5 else body

    def _fit_length(self, rng, text, team, team_tag, t, role_tag):
        words = text.split()
        if len(words) > 80:
            cut = " ".join(words[:80])
            m = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
            text = cut[:m + 1] if m > 20 else cut + "…"
        if len(text.split()) < 3:
            c = self.L.candidates("c", team_tag, t, None)
            text = text + " " + _pick(rng, c).expand(rng, self.L.places[team])
        return text

    # -- the way people type -------------------------------------------------
    def _typos(self, rng, text):
        L = self.L
        r = rng.random()
        if r < .06:
            n = 1 if rng.random() < .85 else 2
            for _ in range(n):
                text = self._word_typo(rng, text)
        if L.lang == "de":
            for a, b, p in DE_TYPICAL:
                if a in text and rng.random() < p:
                    text = text.replace(a, b, 1)
            if rng.random() < .03:
                text = text.lower()
            elif rng.random() < .008:
                text = (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))
        else:
            for a, b, p in EN_TYPICAL:
                if a in text and rng.random() < p:
                    text = text.replace(a, b, 1)
            if rng.random() < .05:
                text = re.sub(r"\bI\b", "i", text.lower())
        if rng.random() < .14 and text.endswith(".") and not text.endswith(".."):
            text = text[:-1]
        return text

    @staticmethod
    def _word_typo(rng, text):
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not idx:
            return text
        i = _pick(rng, idx)
        w = words[i]
        j = 1 + int(rng.random() * (len(w) - 2))
        kind = rng.random()
        if kind < .45:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]          # swapped letters
        elif kind < .75:
            w = w[:j] + w[j + 1:]                            # missing letter
        else:
            w = w[:j] + w[j] + w[j:]                         # doubled letter
        words[i] = w
        return " ".join(words)


DE_TYPICAL = [("dass ", "das ", .08), ("eigentlich", "eigendlich", .06), ("Kunden ", "Kuden ", .01),
              ("vielleicht", "vieleicht", .10), ("Vertrieb", "Vertreib", .02), ("wieder", "wider", .03),
              ("seit ", "seid ", .03), ("nämlich", "nähmlich", .2), ("Termin", "Temrin", .01),
              ("ß", "ss", .04), ("gibt's", "gibts", .3), ("wär's", "wärs", .3), ("hab ", "hab' ", .05),
              ("Standard", "Standart", .2), ("Rückmeldung", "Rückmeldng", .02), ("ziemlich", "ziehmlich", .1)]
EN_TYPICAL = [("the ", "teh ", .015), ("definitely", "definately", .3), ("receipt", "reciept", .3),
              ("I'm ", "Im ", .04), ("don't", "dont", .06), ("doesn't", "doesnt", .06), ("it's", "its", .06),
              ("a lot", "alot", .15), ("separate", "seperate", .3), ("until", "untill", .1),
              ("their ", "there ", .02), ("you're", "your", .1), ("can't", "cant", .06)]


# ---------------------------------------------------------------------------
# Dates: one survey window a quarter
# ---------------------------------------------------------------------------

def _easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def holidays(y):
    e = _easter(y)
    return {date(y, 1, 1), e - timedelta(2), e + timedelta(1), date(y, 5, 1), e + timedelta(39),
            e + timedelta(50), date(y, 10, 3), date(y, 12, 25), date(y, 12, 26)}


def survey_window(t):
    """Four weeks: from the first Monday of the quarter's last month (Q4: of the week after
    24 November, so the survey closes before Christmas).  Returns (days, cumulative weights)."""
    y, q = QUARTERS[t]
    start = date(y, 11, 24) if q == 4 else date(y, 3 * q, 1)
    while start.weekday() != 0:
        start += timedelta(1)
    hol = holidays(y)
    days, cum, acc = [], [], 0.0
    for d in range(28):
        day = start + timedelta(d)
        w = 3.0 * (0.88 ** d) + 0.4                        # most answers come in early ...
        if 14 <= d <= 16:
            w += (1.6, 1.1, 0.6)[d - 14]                   # ... and after the reminder
        if day.weekday() >= 5 or day in hol:
            w *= 0.06
        acc += w
        days.append(day)
        cum.append(acc)
    return days, cum


def _pick_day(rng, cum):
    """Index of a day, drawn with the cumulative weights cum."""
    x = rng.random() * cum[-1]
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _pick_role(rng, roles):
    x = rng.random() * sum(w for _, _, w in roles)
    for role, rtag, w in roles:
        x -= w
        if x < 0:
            break
    return role, rtag


# ---------------------------------------------------------------------------
# Duplicates: a Bloom filter, so that memory stays bounded for any size
# ---------------------------------------------------------------------------

class Seen:
    def __init__(self, n):
        bits = 1 << max(20, (n * 24).bit_length())
        self.mask = bits - 1
        self.bits = bytearray(bits // 8)

    def _idx(self, text):
        key = " ".join(text.lower().split()).rstrip(".!")
        h = hashlib.blake2b(key.encode("utf-8"), digest_size=12).digest()
        return [int.from_bytes(h[i:i + 4], "little") & self.mask for i in (0, 4, 8)]

    def add(self, text):
        """True if text was new."""
        new = False
        for i in self._idx(text):
            b = 1 << (i & 7)
            if not self.bits[i >> 3] & b:
                new = True
                self.bits[i >> 3] |= b
        return new

    def __contains__(self, text):
        return all(self.bits[i >> 3] & (1 << (i & 7)) for i in self._idx(text))


# ---------------------------------------------------------------------------
# Counts, originals, generation
# ---------------------------------------------------------------------------

def cell_counts(size):
    """Comments per (lang, team, t), scaled to size with largest remainders."""
    base_total = sum(sum(v) for v in BASE_COUNTS.values())
    cells = [(key, t, n) for key, v in BASE_COUNTS.items() for t, n in enumerate(v)]
    exact = [size * n / base_total for _, _, n in cells]
    counts = [int(x) for x in exact]
    order = sorted(range(len(cells)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[:size - sum(counts)]:
        counts[i] += 1
    return {(key, t): c for (key, t, _), c in zip(cells, counts)}


class Bag:
    """Draws themes with the shares of mix, but evenly: a shuffled quota of 100 at a time."""

    def __init__(self, mix, rng):
        self.mix, self.rng, self.items = mix, rng, []

    def take(self, skip=None):
        for _ in range(2):
            for i in range(len(self.items) - 1, -1, -1):
                if self.items[i] != skip:
                    return self.items.pop(i)
            self.items = theme_quota(self.mix, 100, self.rng)
        return "M"


K_SHARES = {1: .50, 2: .33, 3: .13, 4: .04}       # fragments per comment


def theme_quota(mix, n, rng):
    """The main theme of each of n comments: exactly the shares of mix (largest remainders),
    in random order, so that small groups follow their storyline without sampling noise."""
    keys = list(mix)
    exact = [mix[th] * n for th in keys]
    k = [int(x) for x in exact]
    order = sorted(range(len(keys)), key=lambda i: (-(exact[i] - k[i]), i))
    for i in order[:n - sum(k)]:
        k[i] += 1
    out = [th for th, c in zip(keys, k) for _ in range(c)]
    rng.shuffle(out)
    return out


def place_originals(langs, seed):
    """Put each original comment into one quarter of its team (the same for every size)."""
    rng = random.Random(f"{seed}/originals")
    placed = {}
    for lang, L in langs.items():
        tag_to_team = {TEAM_TAG[k]: k[1] for k in TEAM_TAG if k[0] == lang}
        items = list(L.originals)
        items.sort(key=lambda o: len(o[1]))             # the most constrained first ...
        for team_tag, qs, text in items:                # ... then fill the emptiest quarter
            key = (lang, tag_to_team[team_tag])
            fill = [len(placed.get((key, t), ())) for t in qs]
            low = [t for t, f in zip(qs, fill) if f == min(fill)]
            placed.setdefault((key, _pick(rng, low)), []).append(text)
    for texts in placed.values():
        rng.shuffle(texts)
    return placed


def generate(size, seed, outdir, quiet=False):
    t0 = time.time()
    langs = {"de": Language("de"), "en": Language("en")}
    composers = {k: Composer(v) for k, v in langs.items()}
    counts = cell_counts(size)
    originals = place_originals(langs, seed)
    seen = Seen(size)
    for texts in originals.values():
        for s in texts:
            seen.add(s)
    rng = random.Random(seed)

    os.makedirs(outdir, exist_ok=True)
    paths = {"de": os.path.join(outdir, "pulse-de.csv"), "en": os.path.join(outdir, "pulse-en.jsonl")}
    tmp = {k: p + ".tmp" for k, p in paths.items()}
    fde = open(tmp["de"], "wb")
    fen = open(tmp["en"], "wb")
    fde.write("ID;Datum;Team;Rolle;Kommentar\r\n".encode("cp1252"))
    nid = {"de": 0, "en": 0}
    stats = {"dups": 0, "rows": 0}
    table = {}
    for t in range(len(QUARTERS)):
        days, cum = survey_window(t)
        # Plan the quarter: per group the slots (original comments and main theme plus number
        # of fragments of the generated ones, in random order) and how many fall on each day.
        cells = []
        for key in BASE_COUNTS:
            lang, team = key
            n = counts[(key, t)]
            mix = theme_mix(lang, team, t)
            pinned = originals.get((key, t), [])[: int(n * .6)]
            n_gen = n - len(pinned)
            plan = [(None, text) for text in pinned]
            plan += zip(theme_quota(mix, n_gen, rng), theme_quota(K_SHARES, n_gen, rng))
            rng.shuffle(plan)
            per_day = [0] * len(days)
            for _ in range(n):
                per_day[_pick_day(rng, cum)] += 1
            cells.append((key, plan, per_day, Bag(mix, rng)))
            table[(key, t)] = n
        # Then write day by day, so only one day's comments are in memory.
        pos = [0] * len(cells)
        n_quarter = 0
        for d, day in enumerate(days):
            rows = []
            for c, (key, plan, per_day, bag) in enumerate(cells):
                lang, team = key
                team_tag, comp = TEAM_TAG[key], composers[lang]
                for theme, k in plan[pos[c]:pos[c] + per_day[d]]:
                    if theme is None:                       # an original comment
                        rows.append((lang, team, ORIGINAL_ROLE[key], k))
                        continue
                    role, rtag = _pick_role(rng, ROLES[key])
                    for _ in range(30):
                        text = comp.comment(rng, team, team_tag, t, rtag, theme, k, bag)
                        if text not in seen:
                            break
                    else:
                        stats["dups"] += 1
                    seen.add(text)
                    rows.append((lang, team, role, text))
                pos[c] += per_day[d]
            rng.shuffle(rows)
            de_lines, en_lines = [], []
            datum, iso = day.strftime("%d.%m.%Y"), day.isoformat()
            for lang, team, role, text in rows:
                nid[lang] += 1
                if lang == "de":
                    fields = (f"DE-{nid['de']:06d}", "" if rng.random() < .01 else datum, team, role, text)
                    de_lines.append(";".join(_csv(f) for f in fields) + "\r\n")
                else:
                    en_lines.append(json.dumps({"id": f"EN-{nid['en']:06d}", "date": iso, "team": team,
                                                "role": role, "text": text}, ensure_ascii=False) + "\n")
            fde.write("".join(de_lines).encode("cp1252"))
            fen.write("".join(en_lines).encode("utf-8"))
            n_quarter += len(rows)
        stats["rows"] += n_quarter
        if not quiet:
            print(f"  {QLABEL[t]}: {n_quarter} comments", file=sys.stderr)
    fde.close()
    fen.close()
    for k in paths:
        os.replace(tmp[k], paths[k])

    wdir = os.path.join(outdir, "workshops")
    os.makedirs(wdir, exist_ok=True)
    for name, body in WORKSHOPS.items():
        with open(os.path.join(wdir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    if not quiet:
        print(f"wrote {nid['de']} German and {nid['en']} English comments, {len(WORKSHOPS)} workshop files "
              f"to {outdir} in {time.time() - t0:.1f} s ({stats['dups']} duplicates kept)", file=sys.stderr)
    return table


def _csv(field):
    if any(c in field for c in ';"\n\r'):
        return '"' + field.replace('"', '""').replace("\n", "\r\n") + '"'
    return field


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate tenor's sample corpus (fictitious pulse surveys).")
    ap.add_argument("--size", type=int, default=DEFAULT_SIZE,
                    help=f"number of survey comments, German and English together (default {DEFAULT_SIZE})")
    ap.add_argument("--out", default=None, help="output directory (default: the corpus/ directory)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    if args.size < 1:
        ap.error("--size must be at least 1")
    generate(args.size, args.seed, args.out or here, args.quiet)


if __name__ == "__main__":
    main()
