#!/usr/bin/env python3
"""Hand-made stance and speaker labels: the source of labels.jsonl.

Each claim holder is written here with one evidence sentence per article
(doc, verbatim sentence); labels.jsonl keeps, per holder, all doc ids and the
sentence from the first one. Running this file checks every evidence sentence
against the article text (ECB+ dev kit and the seed files) and rewrites
labels.jsonl.  Usage: python3 labels.py [--check]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
KIT = os.environ.get("ECBPLUS_DEV", "/work/shared/data/ecbplus/dev.jsonl")
SEEDS = os.environ.get("SEEDS_DIR", "/work/shared/seeds")

P, O = "person", "organisation"
A, D, U = "affirms", "denies", "doubts"
OUTLET = "outlet"  # the article's own voice when the outlet is not named

STORIES = []  # filled by the story sections below


def story(sid, speakers, not_speakers, claims, outlets=()):
    """Registers one story; outlets names the outlets that hold a claim in their own voice."""
    STORIES.append(dict(story=sid, speakers=speakers, not_speakers=not_speakers,
                        claims=claims, outlets=set(outlets)))



def doc_id(sid, n):
    """Doc id of article n of story sid: ECB+ 13a -> 13_<n>ecb, 22b -> 22_<n>ecbplus."""
    if sid == "seeds":
        return n
    topic, part = sid[:-1], sid[-1]
    return "%s_%d%s" % (topic, n, "ecb" if part == "a" else "ecbplus")


def load_texts():
    texts = {}
    with open(KIT, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts.setdefault(d["story"], {})[d["id"]] = d["text"]
    seeds = {}
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                seeds[name[:3]] = f.read()
    texts["seeds"] = seeds
    return texts


def build(texts):
    """Checks every story and returns (lines, problems)."""
    lines, problems = [], []
    for st in STORIES:
        sid = st["story"]
        arts = texts[sid]
        docs = sorted(arts, key=lambda d: (len(d), d))
        def did(n):
            d = doc_id(sid, n)
            if d not in arts:
                problems.append("%s: no doc %s" % (sid, d))
            return d
        speakers = []
        names = set()
        for name, kind, ds in st["speakers"]:
            ids = [did(n) for n in ds]
            if name in names:
                problems.append("%s: speaker %r twice" % (sid, name))
            names.add(name)
            if not any(name.lower() in arts[d].lower() for d in ids if d in arts):
                problems.append("%s: speaker %r not written in its docs" % (sid, name))
            speakers.append({"name": name, "kind": kind, "docs": ids})
        for ns in st["not_speakers"]:
            if ns in names:
                problems.append("%s: %r both speaker and not" % (sid, ns))
            if not any(ns in t for t in arts.values()):
                problems.append("%s: not-speaker %r not in any article" % (sid, ns))
        claims = []
        for claim, kws, holders in st["claims"]:
            hs = []
            for holder, pos, ev in holders:
                if holder != OUTLET and holder not in names and holder not in st["outlets"]:
                    problems.append("%s: holder %r is not a listed speaker" % (sid, holder))
                ids = []
                for n, q in ev:
                    d = did(n)
                    ids.append(d)
                    if d in arts and q not in arts[d]:
                        problems.append("%s: quote not in %s: %r" % (sid, d, q))
                hs.append({"holder": holder, "position": pos, "docs": ids, "quote": ev[0][1],
                           "evidence": {doc_id(sid, n): q for n, q in ev}})
            claims.append({"claim": claim, "keywords": kws, "holders": hs})
        lines.append({"story": sid, "docs": docs, "speakers": speakers,
                      "not_speakers": st["not_speakers"], "claims": claims})
    return lines, problems


def main():
    texts = load_texts()
    lines, problems = build(texts)
    for p in problems:
        print("PROBLEM", p)
    for ln in lines:
        nh = sum(len(c["holders"]) for c in ln["claims"])
        print("%-6s docs %2d speakers %2d not_speakers %2d claims %d holders %2d" % (
            ln["story"], len(ln["docs"]), len(ln["speakers"]), len(ln["not_speakers"]),
            len(ln["claims"]), nh))
    if problems:
        sys.exit(1)
    if "--check" not in sys.argv:
        with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + "\n")



# ---------------------------------------------------------------- 13a (tune)
# Fire at Sarah Palin's church, Wasilla Bible Church, December 2008.
story("13a",
      speakers=[
          ("James Steele", P, [1, 3, 4, 9, 15, 16, 17, 18, 19, 20, 21, 22]),
          ("Bill McAllister", P, [1, 4, 14, 16]),
          ("Larry Kroon", P, [1, 2, 3, 4, 5, 12, 13, 16, 21, 22]),
          ("Sarah Palin", P, [1, 2, 3, 4, 6, 7, 8, 9, 10, 13, 14, 15, 16, 18, 21, 22]),
          ("authorities", O, [1, 4, 6, 11, 13, 15, 16, 20, 22]),
          ("investigators", O, [9, 19, 21]),
          ("officials", O, [8, 10, 21]),
          ("Church officials", O, [2]),
          ("Anchorage Daily News", O, [3, 9, 18, 20, 21]),
          ("Associated Press", O, [18]),
          ("Sun Times News Group", O, [8]),
      ],
      not_speakers=["Friday", "Saturday", "Sunday", "Aug. 29", "ET", "Wasilla", "Alaska",
                    "Anchorage", "Juneau", "Nicola Avenue", "Southern California",
                    "Wasilla Bible Church", "Wasilla Middle School", "Love Won Out Conference",
                    "Focus on the Family", "Trinity United Church of Christ", "John McCain",
                    "Barack Obama", "Bill Ayers", "Trig", "Republican", "GOP", "Democrats",
                    "Halloween", "CNN", "Gov.", "Rev."],
      claims=[
          ("The fire at the Wasilla Bible Church was arson (deliberately set)",
           ["fire", "church", "arson", "arsonist", "deliberately", "set"],
           [("James Steele", A, [
               (1, "Mr Steele said the blaze was being treated as arson, but he did not know of any threats to the church."),
               (3, "Central Mat-Su Fire Department Chief James Steele said the department was \"treating it as suspicious and as potential arson at this point\" but did not elaborate, The Anchorage Daily News reported."),
               (4, "Chief Steele said that the blaze was being investigated as an arson but that he did not know of any recent threats to the church."),
               (16, "The local fire chief says the fire \"is definitely suspicious.\""),
               (17, "The fire chief says the fire \"is definitely suspicious.\""),
               (18, "Steele told the Anchorage Daily News that investigators are looking at the cause of the blaze as \"potential arson\" and said it was too early to link the fire to the exposure the church received as a result of Palin's vice-presidential run."),
               (21, "\"We are definitely treating it as suspicious and as potential arson at this point,\" James Steele, chief of the Central Mat-Su Fire Department, told the newspaper, adding nothing so far suggests any political motivation for the fire."),
               (22, "No one was injured in the fire, which was presumably set Friday night while a handful of people, including two children, were inside, according to Fire Chief James Steele."),
           ]),
            ("Bill McAllister", A, [
                (1, "Her spokesman, Bill McAllister, said, \"Whatever the motives of the arsonist, the Governor has faith in the scriptural passage that what was intended for evil will in some way be used for good.\""),
                (4, "\"Whatever the motives of the arsonist,\" Mr. McAllister said, \"the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good.\""),
                (14, "\"Whatever the motives of the arsonist, the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good,\" McAllister added."),
            ]),
            ("authorities", A, [
                (11, "Authorities are now saying they suspect arson is to blame for Friday night's fire at Wasilla Bible Church, where Gov. Sarah Palin and her family attend."),
                (13, "Authorities described the fire as \"suspicious and as potential arson.\""),
                (20, "Authorities suspect arson is the cause of a fire that caused an estimated $1 million in damage to Gov. Sarah Palin's church, reports this morning's Anchorage Daily News."),
            ]),
            ("investigators", A, [
                (9, "The church Alaska Gov.Sarah Palin attends was badly damaged by fire Friday night, and investigators suspect arson."),
                (19, "An overnight fire Friday at Alaska Gov. Sarah Palin's home church caused an estimated $1 million in damage, and investigators say it could be the work of an arsonist."),
                (21, "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla, Alaska, may have been set by an arsonist, investigators say."),
            ]),
            ("officials", A, [
                (21, "Flames and smoke were coming from the Wasilla Bible Church Friday evening when as many as 30 to 40 volunteer firefighters arrived at the three-story structure, and officials said Saturday they were treating the fire as a possible arson, the Anchorage Daily News reported Sunday."),
            ]),
            ("Larry Kroon", U, [
                (3, "\"We have no idea what caused it,\" the Rev. Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes."),
                (12, "According to the church's minister, \"We have no idea what caused it\"."),
                (21, "\"We have no idea what caused it,\" the Rev. Larry Kroon of the Wasilla Bible Church told CNN."),
                (22, "\"We have no idea what caused it,\" the Rev. Larry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes."),
            ]),
            ("Larry Kroon", A, [
                (13, "The Bible Church's head minister said, \"Someone intentionally did it, but we don't know who and why.\""),
            ]),
            (OUTLET, A, [
                (1, "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah Palin, and she has apologised if the fire was connected to \"undeserved negative attention\" from her failed campaign as the Republican vice-presidential nominee."),
                (4, "Gov. Sarah Palin's home church was badly damaged by arson, leading Ms. Palin to apologize if the fire was connected to `undeserved negative attention 'the church received during her campaign as the Republican vice-presidential nominee."),
                (8, "Sarah Palin actually apologized after the evangelical church she attends was nearly destroyed by arsonists -- all because she still harbors guilt over her failed VP run."),
                (13, "The Wasilla Bible Church in Wasilla, Alaska was apparently attacked by an arsonist last night."),
                (14, "Wasilla Bible Church, the home church of Alaska Gov. Sarah Palin and her family, received an estimated $1 million in damage from a fire that was deliberately set Friday night."),
                (16, "No one was injured in the fire last night, which was intentionally set while people, including two children, were inside."),
                (17, "Alaska Gov. sarah palin's home church has been badly damaged in an arson fire."),
            ]),
            (OUTLET, U, [
                (7, "If this is arson, it is a monstrous crime."),
            ]),
            ]),
          ("The church fire was connected to Palin's vice-presidential campaign (it was politically motivated)",
           ["fire", "connected", "Palin", "campaign", "political", "motive", "attention"],
           [("Sarah Palin", U, [
               (1, "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah Palin, and she has apologised if the fire was connected to \"undeserved negative attention\" from her failed campaign as the Republican vice-presidential nominee."),
               (2, "The former Republican vice presidential candidate went to the church Saturday to apologize to pastors in case the estimated $1 million fire damages, suspected as arson, were \"in any way connected to the undeserved negative attention the church has received\" since the governor's involvement with John McCain's presidential campaign."),
               (3, "The newspaper said Palin released a statement after the fire in which she said she stopped by the church Saturday morning and offered an apology to the assistant pastor \"if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.\""),
               (4, "Her spokesman, Bill McAllister, said in a statement that the Alaska governor told an assistant pastor she was sorry if the fire was connected to her candidacy."),
               (6, "On Saturday, the Alaska Governor said she apologizes if the incident was in any way connected to \"undeserved negative attention\" brought on by her failed bid for the vice presidency of the United States."),
               (7, "The Governor of Alaska has apologized if \"undeserved attention\" focused on Wasilla Bible Church caused haters to set a fire there."),
               (8, "Officials estimated the fire caused around $1 million in damage to the Wasilla Bible Church -- which Sarah hoped wasn't in connection to the \"undeserved negative attention\" from her failed campaign, according to the Sun Times News Group."),
               (9, "Palin, who was also the Republican vice presidential candidate, apologized if the fire was in any way connected to the attention the church received during the campaign."),
               (10, "Palin released a statement after the fire and offered an apology to the assistant pastor \"if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.\""),
               (13, "Governor Palin stopped by the church this morning and \"told an assistant pastor that she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.\""),
               (14, "Palin spokesman Bill McAllister said that Palin told an assistant pastor she was sorry if the fire was related to the \"undeserved negative attention\" the church had received since she became the Republican vice presidential candidate earlier this year."),
               (15, "Palin has apologised if it was connected with her campaign due to \"undeserved negative attention\"."),
               (16, "Her spokesman, Bill McAllister, says Palin told an assistant pastor she apologizes if the fire was connected to the \"undeserved negative attention\" the church has received since she became the vice presidential candidate on Aug. 29."),
               (18, "\"Gov. Palin stopped by the church this morning, and she told an assistant pastor that she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice-presidential candidate on Aug. 29."),
               (21, "Palin apologized to church's assistant pastor Saturday if the fire was connected to her Republican U.S. vice-presidential candidacy, a statement from her office said."),
               (22, "She visited the church after the fire to apologize for any tie in with her recent national political exposure."),
           ]),
            ("James Steele", U, [
                (1, "\"It's hard to say at this point. Everything is just speculation,\" he said."),
                (4, "The authorities also did not know whether Ms. Palin's connection to the church was relevant to the fire, he said."),
                (18, "\"Right now there's no indication that we have that there's any connection there. We just don't have any leads at all as far as the intent or motive in this,\" Steele said."),
                (21, "\"Right now there's no indication that we have that there's any connection there,\" he said."),
            ]),
            ("authorities", U, [
                (1, "Authorities also did not know whether Mrs Palin's connection to the church was relevant to the fire."),
                (15, "Authorities are unsure if there is a relevant connection between the fire and Sarah Palin's campaign."),
            ]),
            (OUTLET, U, [
                (11, "We don't know if the fire is the result of radicals angry with Palin, but we do know our governor has not been treated fairly."),
                (13, "It would be a good thing for the country if this particular crime does not turn out to be politically motivated."),
            ]),
            ]),
          ("The church had received threats before the fire",
           ["church", "threats", "received", "recent"],
           [("James Steele", D, [
               (1, "Mr Steele said the blaze was being treated as arson, but he did not know of any threats to the church."),
               (4, "Chief Steele said that the blaze was being investigated as an arson but that he did not know of any recent threats to the church."),
               (15, "The fire chief has said an investigation is underway noting that there hadn't been any recent threats to the church."),
           ]),
            ]),
          ("The fire caused about $1 million in damage to the church",
           ["damage", "million", "fire", "church", "estimated"],
           [("authorities", A, [
               (1, "Damage to the church was estimated at $US1 million ($1.52 million), authorities said."),
               (4, "Damage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday."),
               (16, "Authorities estimate the damages to the Wasilla Bible Church at $1 million."),
               (22, "Damage to the Wasilla Bible Church was estimated at $1 million, authorities said Saturday."),
           ]),
            ("officials", A, [
                (8, "Officials estimated the fire caused around $1 million in damage to the Wasilla Bible Church -- which Sarah hoped wasn't in connection to the \"undeserved negative attention\" from her failed campaign, according to the Sun Times News Group."),
            ]),
            ("Anchorage Daily News", A, [
                (9, "The fire caused more than $1 million in damages, the Anchorage Daily News reported."),
            ]),
            ("Larry Kroon", A, [
                (5, "Larry Kroon, pastor of the Wasilla Bible Church, estimates damages at more than $1 million to the church."),
            ]),
            ("Larry Kroon", U, [
                (3, "I've heard the figure of $1 million, but I don't know for sure,\" he said."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 19a (tune)
# Riots in Greece after the police killing of Alexandros Grigoropoulos, December 2008.
story("19a",
      speakers=[
          ("police officers", P, [2]),
          ("Epaminondas Korkoneas", P, [11, 12, 15]),
          ("Vassilios Saraliotis", P, [15]),
          ("Alexis Kouyias", P, [12, 14]),
          ("forensic experts", P, [12, 14, 15]),
          ("court source", P, [12, 15]),
          ("legal sources", P, [15]),
          ("witnesses", P, [14]),
          ("Paris Kyriakides", P, [3, 9]),
          ("one young man", P, [4]),
          ("a man wearing ski goggles", P, [4]),
          ("Tsikala Stephania", P, [4]),
          ("George Bergeles", P, [6]),
          ("Stergia Sarantopoulou", P, [6]),
          ("Anna Pavlidou", P, [7, 8]),
          ("Veatriki", P, [9]),
          ("Giorgos Kyrtsos", P, [9]),
          ("Nikitas Kaklamanis", P, [9]),
          ("Anthony Livanios", P, [14]),
          ("Vassilis Krokidis", P, [14]),
          ("Business owners", P, [14]),
          ("young protesters", P, [3, 5, 9]),
          ("Greek students", P, [11]),
          ("activists", P, [6]),
          ("Costas Karamanlis", P, [6, 7, 8, 10, 11]),
          ("socialist opposition", O, [2, 11]),
          ("police", O, [5, 9, 11]),
          ("authorities", O, [9]),
          ("Greek Commerce Confederation", O, [14]),
          ("Eleftheros Typos", O, [14]),
      ],
      not_speakers=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                    "December", "November", "Dec. 6", "Nov. 17", "Christmas", "Athens", "Greece",
                    "Exarchia", "Thessaloniki", "Syntagma Square", "Constitution Square", "Polytechnic",
                    "Panteion University", "Acropolis", "Thissio", "Parthenon", "Beirut", "EU", "Nato",
                    "Democracy Now!", "Reuters", "Real News", "Greek Socialist Workers Party",
                    "Nikos Lountos", "Alexandros Grigoropoulos", "Michalis Kaltezas", "Pamphlets", "Banners"],
      claims=[
          ("The police shooting of Alexandros Grigoropoulos was an accident: a ricochet of a shot fired in self-defence",
           ["shooting", "bullet", "ricochet", "accident", "self-defence", "Grigoropoulos"],
           [("police officers", A, [
               (2, "The police officers claim the bullet that killed Alexandros Grigoropoulos was fired in self-defense, and the death was an accident caused by a ricochet."),
           ]),
            ("Epaminondas Korkoneas", A, [
                (11, "The officer who fired the shot says he killed the boy accidentally in self-defence due to a bullet ricochet."),
                (12, "Amid anger towards the police compounded by the unpopularity of the Government of Prime Minister Costas Karamanlis, Greece is still awaiting a final ballistics report expected to shed light on Mr Korkoneas's statement that the bullet bounced up off a pavement after he had fired warning shots to disperse a mob."),
                (15, "The officer said that he took out his revolver and fired two or three times in the air out of self defence and that he had not aimed his gun at the victim who died from a ricochet."),
            ]),
            ("Vassilios Saraliotis", A, [
                (15, "Mr Saraliotis also said he acted out of self defence during the unrest which triggered five days of rioting in Athens and elsewhere across Greece."),
            ]),
            ("Alexis Kouyias", A, [
                (12, "\"Now that we have these conclusions, which are in line with what my clients had indicated, they will give their statements to the judge,\" said Alexis Kouyias, the lawyer for policemen Epaminondas Korkoneas and Vassilis Saraliotis."),
                (14, "But the lawyer acting for the officer, who has been charged with murder, said that initial results from a post-mortem showed that the boy was accidentally hit by a ricochet."),
            ]),
            ("forensic experts", A, [
                (12, "According to forensic doctors and independent experts hired by the Grigoropoulos family, the bullet \"is a bit deformed, which showed the bullet touched a hard surface\" before entering the boy's chest, court sources said last night."),
                (14, "Forensic experts said the bullet was \"a bit deformed\", suggesting that it had bounced off a hard surface before hitting Grigoropoulos in the chest."),
                (15, "According to forensic experts and independent experts acting for the Grigoropoulos family, the bullet \"is a bit deformed, which showed the bullet touched a hard surface\" before entering the boy's chest."),
            ]),
            ("legal sources", A, [
                (15, "Ballistics tests conducted in the wake of the 15-year-old's post-mortem reportedly showed the shooting may have been caused by a ricochet bullet, legal sources earlier said."),
            ]),
            ("witnesses", D, [
                (14, "The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots and demonstrations across Greece after witnesses claimed that the police officer deliberately took aim at the teenager."),
            ]),
            ("Anthony Livanios", U, [
                (14, "Even if it's true, which it might be, it will be seen as a cover-up."),
            ]),
            (OUTLET, U, [
                (9, "The circumstances surrounding the shooting remain unclear."),
            ]),
            ]),
          ("The Greek government mishandled the riots",
           ["government", "mishandled", "handling", "handle", "riots", "protests"],
           [("Anna Pavlidou", A, [
               (7, "It didn't handle it well."),
               (8, "It didn't handle it well."),
           ]),
            ("Giorgos Kyrtsos", A, [
                (9, "Kyrtsos, a conservative, was highly critical of the government's handling of the protests."),
            ]),
            ("Anthony Livanios", A, [
                (14, "It is unacceptable that in 2008, in a country which is a member of the EU and Nato, the government can not establish public order."),
            ]),
            ("Eleftheros Typos", A, [
                (14, "Politicians appear to have fallen dramatically short of the task at hand."),
            ]),
            (OUTLET, A, [
                (4, "The center-right government of Costas Karamanlis, increasingly unpopular amid mounting economic problems, didn't anticipate or understand how the anger had spiraled."),
            ]),
            ]),
          ("Prime Minister Costas Karamanlis's government should resign or call early elections",
           ["Karamanlis", "government", "resign", "quit", "early", "elections"],
           [("Costas Karamanlis", D, [
               (6, "So far, Prime Minister Costas Karamanlis has rejected calls by opposition leaders to hold early elections, but his center-right party holds only a one-seat majority in parliament, and public support for his government was weak even before the riots."),
               (7, "Prime Minister Costas Karamanlis has pledged to ensure security, rebuffing calls for early elections."),
               (10, "But Mr Karamanlis says he will not be pushed out by the protestors."),
               (11, "However, Prime Minister Costas Karamanlis has dismissed calls to quit, saying the country needs \"a steady hand on the helm\" to deal with the current financial crisis."),
           ]),
            ("socialist opposition", A, [
                (2, "The socialist opposition has increased calls for the prime minister to quit and call new elections, ignoring his appeals for national unity."),
                (11, "Opposition socialists are pressing for fresh elections."),
            ]),
            ("Anna Pavlidou", A, [
                (7, "The government should assume its responsibilities and resign."),
                (8, "The government should assume its responsibilities and resign."),
            ]),
            ]),
          ("The riots express a wider social discontent (a failing system, poor economic prospects), not only anger at the shooting",
           ["riots", "discontent", "deeper", "system", "unemployment", "economic", "uprising"],
           [("Giorgos Kyrtsos", A, [
               (9, "Giorgos Kyrtsos, publisher of the City Press and Free Sunday newspapers, said the violent demonstrations revealed widespread public discontent."),
           ]),
            ("one young man", A, [
                (4, "The system has failed us."),
            ]),
            ("Tsikala Stephania", A, [
                (4, "They don't see much of a future, and they have to show their wrath in some way."),
            ]),
            ("Anna Pavlidou", A, [
                (8, "Someone has to understand the deeper reasons for this -- poverty, high unemployment -- and solve it radically."),
            ]),
            (OUTLET, A, [
                (4, "The youth were suddenly lashing out at all that ails Greece: a weak government, an economy that remains one of the poorest of the European Union and their own bleak job prospects."),
                (6, "The death of Alexandros's has tapped into anger about a range of broader complaints-about corruption, nepotism, a failing education system, and the poor economic prospects of young people, including unemployment rates in the 25 percent range."),
            ]),
            ]),
          ("The protesters' violence is justified",
           ["violence", "justified", "protesters", "minimal", "criminal"],
           [("Paris Kyriakides", A, [
               (3, "\"In the end, the violence that we use is minimal in comparison to the violence the system uses, like the banks,\" said 32-year-old protester Paris Kyriakides."),
               (9, "\"In the end, the violence that we use is minimal in comparison to the violence of the system uses, like the banks,\" Kyriakides said."),
           ]),
            ("a man wearing ski goggles", A, [
                (4, "But this is a statement, a manifestation of what we see has gone wrong here."),
            ]),
            ("Veatriki", A, [
                (9, "One 16-year-old student at the Athens demonstration, who gave only her first name, Veatriki, said young people her age felt their voices were being heard immediately when they smashed a shop window or a car."),
            ]),
            ("George Bergeles", D, [
                (6, "\"The university asylum is for the freedom of movement of ideas, but not of commitment of criminal actions,\" says George Bergeles, a professor at the Polytechnic who is sympathetic to the students' complaints, but not their harsh tactics."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 22b (tune)
# Yvonne Hiller's shooting at the Kraft Foods plant in Northeast Philadelphia, September 2010.
story("22b",
      speakers=[
          ("Kenneth Dorsey", P, [1, 3, 5]),
          ("a co-worker", P, [1]),
          ("co-workers", P, [1, 3]),
          ("one witness", P, [2]),
          ("Andy Ryan", P, [2]),
          ("Frank Vanore", P, [2]),
          ("Seth Williams", P, [3]),
          ("Gail Fairman", P, [6]),
          ("Dominic Mangoni", P, [6, 9]),
          ("Yvonne Hiller", P, [3, 6, 7, 9, 12, 14]),
          ("Witnesses", P, [7]),
          ("Bryant Dalton", P, [7]),
          ("Pat Loeb", P, [8]),
          ("Paul Kurtz", P, [8]),
          ("Charles Ramsey", P, [8]),
          ("Dorothy Brown", P, [9]),
          ("Stephen Devine", P, [9]),
          ("Michael Murphy", P, [9]),
          ("James Clark", P, [12, 14]),
          ("Janice Leader", P, [12, 14]),
          ("Joe Sullivan", P, [12]),
          ("Catherine Hillgen", P, [12]),
          ("Park Dietz", P, [12]),
          ("Amy Bishop", P, [12]),
          ("his girlfriend", P, [12]),
          ("the beer distributor's president", P, [12]),
          ("Susan Davison", P, [13]),
          ("police", O, [2, 3, 8, 10, 12, 13, 14]),
          ("authorities", O, [7, 8, 12, 14]),
          ("prosecutors", O, [9]),
          ("Kraft Foods", O, [2, 8, 11, 12]),
          ("Daily News", O, [11]),
          ("Philadelphia Inquirer", O, [13]),
          ("Huffington Post", O, [13]),
      ],
      not_speakers=["Monday", "Tuesday", "Thursday", "Friday", "September", "December", "EDT",
                    "Philadelphia", "Northeast Philadelphia", "Northeast Philly", "Lawncrest",
                    "Roosevelt Boulevard", "Woodhaven Road", "Byberry Road", "Northfield",
                    "Nabisco", "Ritz", "Lorna Doone", "Oreo", "Oscar Mayer", "SWAT", "OSHA",
                    "Columbine", "Ramadan", "Muslim", "Bible", "NBC10", "Rosemary Connors",
                    "NBC Philadelphia", "The Associated Press", "Aria Health",
                    "Jefferson University Hospital", "Seventh District", "University of Alabama",
                    "Threat Assessment Group Inc.", "Latonya Brown", "Tanya Wilson"],
      claims=[
          ("Yvonne Hiller's co-workers were spraying her with chemicals (deer urine)",
           ["co-workers", "spraying", "chemicals", "deer", "urine", "scent", "Hiller"],
           [("Yvonne Hiller", A, [
               (3, "The victims and alleged shooter in the last night’s Kraft plant shooting had a history of arguing that dates back several years — the suspect thought her co-workers were spraying chemicals on her and talking behind her back, according to police."),
               (6, "A detective testified during the preliminary hearing about Hiller’s statement to police, claiming people had been spraying her for years."),
               (7, "Witnesses say defendant Yvonne Hiller had long complained of abuse by fellow employees, claimed they were poisoning her by spraying her with chemicals including deer urine."),
               (9, "She accused her coworkers of spraying her with deer urine, prompting her to complain to a federal safety agency."),
               (12, "\"She believed they were spraying chemicals at her, saying things behind her back,\" Clark said."),
               (14, "\"She believed they were spraying chemicals at her, saying things behind her back,\" Clark said."),
           ]),
            ("authorities", D, [
                (7, "But authorities say the allegations were investigated by police and OSHA and were determined to be unfounded."),
            ]),
            (OUTLET, U, [
                (9, "Yvonne Hiller was certain she was being targeted for surreptitious \"chemical abuse,\" but no one believed her story."),
            ]),
            ]),
          ("Yvonne Hiller had a history of run-ins with co-workers and management",
           ["history", "run-ins", "arguments", "co-workers", "management", "feud"],
           [("co-workers", A, [
               (1, "Some co-workers said she had a history of run-ins with other workers and management, Dorsey said like anyone, they sometimes had their differences, but always got along."),
               (3, "The reason Hiller was suspended had not been made public Friday afternoon and while some co-workers said she had a history of run-ins with other workers and management, Dorsey said like anyone, they sometimes had their differences, but always got along."),
           ]),
            ("one witness", A, [
                (2, "One witness told NBC Philadelphia that she has a history of run-ins with co-workers and management."),
            ]),
            ("James Clark", A, [
                (12, "Hiller has worked for Kraft for about 15 years, and had been in repeated arguments there in the past several years, a few of them physical, Clark said."),
            ]),
            ("Kenneth Dorsey", D, [
                (1, "Some co-workers said she had a history of run-ins with other workers and management, Dorsey said like anyone, they sometimes had their differences, but always got along."),
                (3, "The reason Hiller was suspended had not been made public Friday afternoon and while some co-workers said she had a history of run-ins with other workers and management, Dorsey said like anyone, they sometimes had their differences, but always got along."),
            ]),
            (OUTLET, A, [
                (6, "Hiller had repeated run-ins with co-workers, whom she accused of spraying her with a deer scent, among other things (see related story)."),
            ]),
            ]),
          ("Hiller deliberately targeted the co-workers she had a grievance against",
           ["targeted", "co-workers", "victims", "feuded", "responsible", "suspension", "score"],
           [("Gail Fairman", A, [
               (6, "“She returned like a grim reaper,” says ADA Fairman, “and she only shot the ones that she held responsible for her suspension.”"),
           ]),
            ("Kenneth Dorsey", A, [
                (1, "I might be wrong, but my guess is she had some people that she had issues with and a personal agenda, a score she had to settle."),
            ]),
            ("Yvonne Hiller", A, [
                (9, "She said she sought out the three coworkers from her shift and opened fire."),
            ]),
            ("police", A, [
                (12, "A Kraft Foods plant worker who had been suspended for feuding with colleagues, then escorted from the building, returned minutes later with a handgun, found her foes in a break room and executed two of them with a single bullet each and critically wounded a third, police said Friday."),
                (13, "According to the Huffington Post, police say Hiller feuded with her victims prior to their shooting deaths."),
                (14, "A Kraft Foods plant worker who had been suspended for feuding with colleagues, then escorted from the building, returned minutes later with a handgun, found her foes in a break room and executed two of them with a single bullet each and critically wounded a third, police said Friday."),
            ]),
            ]),
          ("Hiller fired at the police officers who responded",
           ["fired", "shooting", "police", "officers", "responded"],
           [("Yvonne Hiller", D, [
               (9, "Hiller admitted firing at several other employees, but denied shooting at the first officers who responded to the scene."),
           ]),
            ("Michael Murphy", A, [
                (9, "But Officer Michael Murphy, from the Seventh District, testified that Hiller fired at him and two other officers from down a hallway."),
            ]),
            (OUTLET, A, [
                (13, "She also fired through a wall at police officers but none were hit."),
            ]),
            ]),
          ("Yvonne Hiller is a good person (not a loose cannon)",
           ["Hiller", "good", "person", "loose", "cannon", "killer", "quiet", "polite"],
           [("Kenneth Dorsey", A, [
               (1, "Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third at the Kraft plant in Northeast Philly is a good person."),
               (3, "Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third at the Kraft plant in Northeast Philly is a good person."),
           ]),
            ("Catherine Hillgen", A, [
                (12, "Yet a next-door neighbor described Hiller as a quiet woman who kept to herself but said she was polite and exchanged pleasantries when they saw each other."),
            ]),
            ("Gail Fairman", D, [
                (6, "At a hearing on Tuesday, assistant district attorney Gail Fairman described 43-year-old Yvonne Hiller as a “methodical killer” who waved a gun within a foot of a security guard’s face to regain access to the plant less than ten minutes after she had been escorted out."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 24b (tune)
# Ram raid on the Casty jewellery store near Place Vendome, Paris, 9 September 2013.
story("24b",
      speakers=[
          ("police source", P, [1, 2, 5, 7, 8, 10]),
          ("police", O, [1, 5, 6, 7, 10, 11]),
          ("Gérard Bénézat", P, [2]),
          ("Le Monde", O, [3, 9]),
          ("Christian Fraser", P, [4]),
          ("AFP", O, [8]),
      ],
      not_speakers=["Monday", "Sunday", "July", "May", "December", "GMT", "ET", "BST", "Paris",
                    "France", "Place Vendome", "Place Vendôme", "Rue de Castiglione", "Casty",
                    "Cannes", "Carlton hotel", "Carlton Hotel", "Harry Winston", "Chopard",
                    "Riviera", "La Croisette", "Cap d’ Antibes", "Grand Hotel du Cap",
                    "Saint-Jean-Cap-Ferrat", "Nice", "Dubai", "Cannes Film Festival", "SNCF", "TGV",
                    "Kalashnikovs", "France Info", "Interpol", "Pink Panther", "Yugoslavia"],
      claims=[
          ("Four men rammed a car into the Casty jewellery store and stole jewellery and watches worth about two million euros",
           ["four", "men", "rammed", "car", "store", "jewellery", "watches", "two", "million", "euros"],
           [("police source", A, [
               (1, "Four men rammed their car into an upmarket jewelry store in central Paris on Monday, smashing the shop window and making off with a two-million-euro ($2.6-million) booty, a police source said."),
               (2, "A police source said the men drove a large four-by-four car into the store at around 4.30am and grabbed jewellery and luxury watches worth an estimated two million euros (£1.7 million)."),
               (5, "Four men rammed their car into an upmarket jewellery store in central Paris on Monday, smashing the shop window and making off with a €2 million ($2.6-million) booty, a police source said."),
               (7, "Four men rammed their car into an up-market jewellery store in central Paris today, smashing the shop window and making off with a €2 million (R26 million) booty, a police source said."),
               (8, "A police source reported that the men drove a large four-by-four car into the store in the early hours of the morning, grabbing jewelry and luxury watches before setting fire to the vehicle and escaping in another car."),
               (10, "Four men rammed their car into an upmarket jewellery store in central Paris on Monday, smashing the shop window and making off with a two-million-euro ($2.6-million) booty, a police source said."),
           ]),
            ("AFP", A, [
                (8, "Four men rammed their car into an upmarket jewelry store in central Paris on Monday, smashing the shop window and stealing $2.6 million (two million Euros) in jewelry, according to AFP."),
            ]),
            ("Le Monde", A, [
                (3, "After scooping up jewelry and watches estimated to be worth 2 million euros ($2.6 million) the thieves reversed their car out of the store and set fire to it before making off in another vehicle, Le Monde reported."),
                (9, "After scooping up jewelry and watches estimated to be worth 2 million euros ($2.6 million) the thieves reversed their car out of the store and set fire to it before making off in another vehicle, Le Monde reported."),
            ]),
            ]),
          ("The Paris raid is one more in a spate of jewellery robberies in France that have become routine",
           ["spate", "series", "robberies", "heists", "France", "routine", "latest"],
           [("Gérard Bénézat", A, [
               (2, "\"It's become almost routine and yet everyone knows what needs to be done to be protected.\""),
           ]),
            ("Christian Fraser", A, [
                (4, "Many of the most famous names in jewellery have their flagship stores in the Place Vendome, and this is a further embarrassment to the French authorities who have seen a spate of robberies in recent weeks, says the BBC's Christian Fraser in Paris."),
            ]),
            (OUTLET, A, [
                (1, "The heist near the upscale Place Vendome is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
                (2, "Four men rammed their car into the Casty store near Paris's chic Place Vendôme in the latest in a spate of high-profile robberies in France – most on the Riviera."),
                (4, "French police are investigating a daring jewellery robbery in Paris-the latest in a series of high-profile thefts in France this summer."),
                (5, "The heist near the upscale Place Vendôme is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
                (6, "The heist near Place Vendome is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
                (7, "The heist near the upscale Place Vendome is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
                (8, "The heist near Place Vendome is the latest to hit France after a string of high-profile robberies in Cannes."),
                (10, "The heist near the upscale Place Vendome is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
                (11, "The heist near Place Vendome is the latest to hit France after a spate of high-profile robberies in the southern resort of Cannes."),
            ]),
            ]),
          ("Police recovered 80 percent of the haul of the 2008 Harry Winston robbery",
           ["police", "recovered", "80", "percent", "haul", "Harry", "Winston"],
           [("police", A, [
               (1, "In 2009, police said they had recovered 80 percent of the haul."),
               (5, "In 2009, police said they had recovered 80 percent of the haul."),
               (6, "Police said they had recovered 80% of the haul in 2009."),
               (7, "In 2009, police said they had recovered 80% of the haul."),
               (10, "In 2009, police said they had recovered 80 percent of the haul."),
               (11, "Police said they had recovered 80% of the haul in 2009."),
           ]),
            ]),
      ])


# ---------------------------------------------------------------- 6b (tune)
# Gary Ross and Lionsgate negotiate over directing Catching Fire, April 2012.
story("6b",
      speakers=[
          ("The Hollywood Reporter", O, [1, 2, 3, 4, 6, 7, 10, 11]),
          ("sources", P, [1, 2, 5, 7]),
          ("Gary Ross", P, [3, 8]),
          ("Lionsgate", O, [6, 7, 11]),
          ("The Playlist", O, [6, 9]),
          ("Nikki Finke", P, [6]),
          ("Mike Fleming", P, [6]),
          ("Los Angeles Times", O, [8]),
          ("Collider", O, [10]),
      ],
      not_speakers=["Monday", "Friday", "Saturday", "January", "August", "November", "April",
                    "Twilight", "Harry Potter", "The Hunger Games", "Catching Fire", "Mockingjay",
                    "X-Men: First Class", "First Class 2", "Seabiscuit", "Pleasantville",
                    "Slumdog Millionaire", "Oscar", "CinemaScore", "Rotten Tomatoes", "Panem",
                    "Mystique", "Twitter", "HG Fireside Chat", "Gary Ross Is Boss", "Fox",
                    "Summit Entertainment", "Warner Bros.", "CAA", "Jennifer Lawrence",
                    "Josh Hutcherson", "Liam Hemsworth", "Suzanne Collins", "Simon Beaufoy",
                    "Billy Ray", "Matthew Vaughn", "Steven Soderbergh", "Chris Columbus",
                    "Catherine Hardwicke", "Rob Friedman", "Patrick Wachsberger"],
      claims=[
          ("Gary Ross will return to direct the Hunger Games sequel Catching Fire",
           ["Gary", "Ross", "direct", "return", "sequel", "Catching", "Fire", "deal"],
           [("Gary Ross", A, [
               (3, "Despite THR's article, which paints negotiations as tense, Ross has spoken very confidently about his involvement in Catching Fire - - even mentioning casting ideas and filming plans - - and it seems likely he will officially be signed on as director."),
           ]),
            ("Gary Ross", D, [
                (8, "\"Despite recent speculation in the media, and after difficult but sincere consideration, I have decided not to direct Catching Fire,\" Ross said in a statement."),
            ]),
            ("sources", A, [
                (2, "Despite the acrimony, a source tells THR that the two sides will eventually make a deal:"),
                (5, "Nonetheless, sources involved with the franchise are betting that Ross will return."),
            ]),
            ("The Hollywood Reporter", A, [
                (6, "Per THR, the negotiations between the two parties are \"delicate,\" but a deal could get done soon."),
            ]),
            ("The Hollywood Reporter", U, [
                (7, "According to The Hollywood Reporter, he has yet to formally sign on, and negotiations might just be proceeding with some difficulty, if the process on The Hunger Games is any indicator."),
            ]),
            ("The Playlist", D, [
                (9, "Ross, who has wowed film fans and critics alike with his adaptation of the first book in author Suzanne Collins' trilogy, has officially decided not to return, according to The Playlist."),
            ]),
            ("Los Angeles Times", D, [
                (8, "Hunger Games director Gary Ross will not helm the adaptation of Catching Fire, the second book in Suzanne Collins' trilogy, the Los Angeles Times reports."),
            ]),
            (OUTLET, A, [
                (3, "Despite THR's article, which paints negotiations as tense, Ross has spoken very confidently about his involvement in Catching Fire - - even mentioning casting ideas and filming plans - - and it seems likely he will officially be signed on as director."),
            ]),
            (OUTLET, U, [
                (1, "Because of The Hunger Games' big box office numbers, Ross is expecting a raise for his work on the movie (he was given $3 million upfront and 5% on the backend with his first deal) but it's unclear if the studio will give it to him."),
                (7, "Probably. But maybe not."),
            ]),
            ]),
          ("Gary Ross stepped away from (pulled out of) the negotiations with Lionsgate",
           ["Ross", "stepped", "away", "pulled", "out", "negotiations", "Lionsgate"],
           [("The Playlist", A, [
               (6, "On Friday, Indiewire's blog The Playlist exclusively reported that the director had stepped away from negotiations with Lionsgate, not because of any monetary strife, but because Ross wanted to do something different for his next film."),
           ]),
            ("Nikki Finke", D, [
                (6, "That was countered by Deadline. com's Nikki Finke and Mike Fleming, who wrote on Saturday that Ross hadn't stepped away, and that Lionsgate wanted him to return but for a reasonable price."),
            ]),
            ("Mike Fleming", D, [
                (6, "That was countered by Deadline. com's Nikki Finke and Mike Fleming, who wrote on Saturday that Ross hadn't stepped away, and that Lionsgate wanted him to return but for a reasonable price."),
            ]),
            ("The Hollywood Reporter", D, [
                (4, "The Hollywood Reporter says Ross is set to meet with Lionsgate officials on Monday to resume negotiations."),
                (6, "According to THR, Ross will resume negotiating with Lionsgate about returning for the \"Games\" sequel \"Catching Fire\" at some point on Monday."),
            ]),
            (OUTLET, D, [
                (6, "Gary Ross has not departed \"The Hunger Games.\""),
            ]),
            ]),
          ("The negotiations between Gary Ross and Lionsgate have been difficult (tense, problematic)",
           ["negotiations", "Ross", "Lionsgate", "tense", "difficult", "terrible", "problematic", "delicate"],
           [("The Hollywood Reporter", A, [
               (2, "Now, THR is reporting that Ross and the studio are locked in tense negotiations over his return to direct the sequel, Catching Fire."),
               (6, "Per THR, the negotiations between the two parties are \"delicate,\" but a deal could get done soon."),
               (7, "According to The Hollywood Reporter, he has yet to formally sign on, and negotiations might just be proceeding with some difficulty, if the process on The Hunger Games is any indicator."),
           ]),
            ("sources", A, [
                (1, "The trade says that Ross' negotiations with LionsGate the first time around weren't so hot either, an inside source calling it \"a terrible experience,\" as the studio doesn't usually pay \"seasoned-filmmaker fees\" to even seasoned filmmakers like Ross.?"),
                (2, "Ultimately, it will be difficult, and yet everybody will do the sane thing, which is to work it out,” says one."),
                (5, "And negotiations for him to do the first movie were \"a terrible experience,\" says a source with knowledge of the discussions, because Ross is a seasoned filmmaker (Pleasantville, Seabiscuit) and Lionsgate isn't accustomed to paying seasoned-filmmaker fees."),
                (7, "The reports cites an anonymous source familiar with Ross's negotiations last time, who cites it as, \"a terrible experience.\""),
            ]),
            ("Los Angeles Times", A, [
                (8, "According to the newspaper's sources, Ross was in negotiations to direct the sequel, but was not able to come to an agreement over scheduling and compensation."),
            ]),
            ("Gary Ross", D, [
                (8, "The director denied reports that his talks with the studio, Lionsgate, hit a snag."),
            ]),
            ("The Playlist", D, [
                (6, "On Friday, Indiewire's blog The Playlist exclusively reported that the director had stepped away from negotiations with Lionsgate, not because of any monetary strife, but because Ross wanted to do something different for his next film."),
            ]),
            ]),
          ("Gary Ross wants a significant raise to direct the sequel",
           ["Ross", "raise", "salary", "money", "$3 million", "pay"],
           [("The Hollywood Reporter", A, [
               (3, "THR says Ross, a seasoned director, accepted a relatively low $3 million salary for directing (and co-writing) The Hunger Games, but is asking for a significant raise for Catching Fire."),
               (4, "According to THR, two major sticking points are salary (Ross apparently wants a raise) and schedule, with The Hunger Games set to begin filming in August."),
           ]),
            ("sources", A, [
                (5, "Sources say Ross, 55, would like a significant raise for a second Hunger Games, but Lionsgate didn't kick off negotiations with him until about three weeks before the first film's March 23 opening."),
            ]),
            (OUTLET, A, [
                (2, "Unsurprisingly, he would like a raise on the sequel."),
                (7, "Having delivered a critically acclaimed, zeitgeist-tapping event movie, Ross is doubtless expecting a bigger figure for Catching Fire, but will Lionsgate pay it?"),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- seeds
# The five seed articles (/work/shared/seeds), read as in /work/shared/gold/seeds.md.
# 000-002 one meeting (early September 2024), 003 and 004 related events; labelled
# together as one line because the gold reading gives one stance set over 000-004.
story("seeds",
      speakers=[
          ("Mohammed Shia al-Sudani", P, ["000", "001", "002", "003", "004"]),
          ("Sudani’s office", O, ["000", "002", "004"]),
          ("US Central Command", O, ["000"]),
          ("Associated Press", O, ["000", "003"]),
          ("US defense official", P, ["000"]),
          ("Iraqi government", O, ["000"]),
          ("Baghdad", O, ["000"]),
          ("Washington", O, ["000", "002"]),
          ("the two sides", O, ["000"]),
          ("Iraq’s Foreign Ministry", O, ["001", "003"]),
          ("US military", O, ["002"]),
          ("Alina Romanowski", P, ["003"]),
          ("UN experts", O, ["003"]),
          ("Kevin Leahy", P, ["004"]),
          ("Iraqi security forces", O, ["004"]),
          ("Iraqi National Security Service", O, ["004"]),
      ],
      not_speakers=["Sunday", "Saturday", "Tuesday", "January", "June", "October", "November",
                    "Janauary", "Friday, November 22, 2024", "ERBIL", "Kurdistan Region",
                    "Iraq", "Syria", "Jordan", "Kirkuk", "Anbar", "Nineveh", "ISIS", "Islamic State",
                    "Reuters", "Major General", "A+ A-", "The Latest",
                    "Rebwar Taha", "Panja Ali", "Required", "Leave a Reply", "NEWSLETTER",
                    "US-Iraq Higher Military Commission", "High-Level Military Committee",
                    "High Military Committee", "UN Security Council", "Global Coalition against ISIS",
                    "US embassy in Iraq"],
      outlets=["Rudaw", "IraqiNews.com", "The New Region"],
      claims=[
          ("ISIS is still a threat in Iraq",
           ["ISIS", "threat", "remains", "no longer", "foothold", "danger", "resurgence"],
           [("Mohammed Shia al-Sudani", D, [
               ("000", "“[T]he remnants of ISIS no longer pose a threat to the Iraqi state, as they have become isolated groups hiding in remote areas to avoid capture,” Sudani’s office cited the premier as saying during the meeting with coalition commander US Major General Kevin C. Leahy and US Ambassador to Baghdad Alina Romanowski."),
               ("001", "Iraqi Prime Minister Mohammed Shia al-Sudani has announced that ISIS no longer poses a significant threat to Iraq."),
               ("002", "“The remnants of terrorism no longer pose a threat to the existence of the Iraqi state. Today, our people enjoy security and stability as a result of the sacrifices of our righteous martyrs,” Sudani said Tuesday."),
               ("003", "Iraqi leaders, including Prime Minister Mohammed Shia Al-Sudani, said earlier that ISIS no longer constituted a danger in Iraq and that the international coalition was unnecessary."),
               ("004", "Sudani affirmed “Iraq’s commitment to eradicating terrorist cells, emphasizing that these groups no longer have a foothold or proximity to populated areas,” according to a statement by PM Sudani’s media office."),
           ]),
            ("US Central Command", A, [
                ("000", "“ISIS remains a threat to the region, our allies, as well as our homeland,” CENTCOM said in a statement."),
            ]),
            ("Alina Romanowski", A, [
                ("003", "The US Ambassador to Iraq, Alina Romanowski, told Reuters in an interview in Baghdad that ISIS remains a threat in Iraq and that the US-led military coalition is still working with Iraq to completely eliminate the group."),
            ]),
            ("UN experts", A, [
                ("003", "The report that is directed to the UN Security Council illustrated that the overall situation is dynamic, and despite significant losses in the group’s leadership and reduced activity in Syria and Iraq, the risk of its resurgence remains."),
            ]),
            ("Washington", A, [
                ("002", "Early last week, the US military claimed that it carried out a “dramatic military raid” in western Iraq that killed at least 14 ISIS fighters and also left seven US troops wounded, a good proof for Washington that ISIS is still a threat despite Sudani’s words."),
            ]),
            ("The New Region", A, [
                ("004", "Despite being territorially defeated in 2017, ISIS militants continue to pose a security threat in Iraq through hit-and-run operations and attacks on remote areas."),
            ]),
            ]),
          ("The US-led coalition's mission in Iraq should end (move to bilateral relations)",
           ["coalition", "mission", "ending", "withdrawal", "troops", "bilateral", "transition"],
           [("Mohammed Shia al-Sudani", A, [
               ("002", "Iraq’s Prime Minister Mohammed Shia al-Sudani said on Tuesday that ISIS is no longer a threat, demanding a withdrawal of US troops from Iraq."),
               ("003", "Al-Sudani also confirmed that the Iraqi government is moving toward ending the presence of the international coalition in Iraq."),
           ]),
            ("Sudani’s office", A, [
                ("000", "“The meeting focused on the progress of the technical dialogue between both sides about ending the Coalition's mission in Iraq and transitioning to a framework of bilateral relations between Iraq and Coalition member states,” the statement added."),
                ("002", "A statement from Sudani’s office also addressed Tuesday’s meeting and noted that it focused on “the progress of the technical dialogue between Iraq and the US-led international coalition about ending the coalition’s mission in the country and transferring the mission to bilateral relations between Iraq and the coalition member state.”"),
            ]),
            ("Baghdad", A, [
                ("000", "While Baghdad has maintained that the commission aims to conclude the presence of the coalition forces in the country, Washington has described the step only as a “transition” in the coalition’s role."),
            ]),
            ("Iraq’s Foreign Ministry", A, [
                ("001", "On January 25, Iraq’s Foreign Ministry revealed the establishment of the High-Level Military Committee to oversee the conclusion of the international coalition’s mission."),
                ("003", "The Iraqi Ministry of Foreign Affairs announced in late January that Baghdad had agreed with Washington to establish a timetable for the withdrawal of the international coalition from Iraq."),
            ]),
            ("Washington", U, [
                ("000", "While Baghdad has maintained that the commission aims to conclude the presence of the coalition forces in the country, Washington has described the step only as a “transition” in the coalition’s role."),
            ]),
            ("Alina Romanowski", D, [
                ("003", "“Our work is essentially not done, and we want to ensure that Iraqi forces can continue the enduring defeat of ISIS,” Romanowski told Reuters."),
            ]),
            ]),
          ("Iraqi forces can deal with the ISIS remnants alone",
           ["Iraqi", "forces", "ISIS", "remnants", "alone", "pursued", "gangs"],
           [("Mohammed Shia al-Sudani", A, [
               ("001", "In discussions with Major General Kevin C. Leahy of the US-led coalition and US Ambassador Alina L. Romanowski, al-Sudani stated that remaining ISIS members have fragmented into gangs and are being pursued by Iraqi forces in remote areas."),
               ("002", "Explaining that ISIS has been reduced to isolated groups hiding in remote areas, Sudani also noted that Iraq’s armed forces were conducting operations to locate and apprehend the organization’s remaining militants and they can do the job alone."),
           ]),
            ]),
          ("A joint US-Iraqi raid in western Iraq in late August 2024 killed ISIS members (15 in 000, 14 in 002)",
           ["raid", "operation", "western", "Iraq", "killed", "ISIS", "members", "fighters"],
           [("US Central Command", A, [
               ("000", "US Central Command (CENTCOM) announced on Saturday that at least 15 suspected ISIS members were killed in a joint military operation by the US military and Iraqi security forces in western Iraq."),
           ]),
            ("US military", A, [
                ("002", "Early last week, the US military claimed that it carried out a “dramatic military raid” in western Iraq that killed at least 14 ISIS fighters and also left seven US troops wounded, a good proof for Washington that ISIS is still a threat despite Sudani’s words."),
            ]),
            ]),
      ])


# ================================================================ HOLDOUT HALF
# Stories 12a, 18b, 21b, 3b, 30a are in the holdout half (internal/evaluate/split.go).
# Developers tuning the engine must not read below this line: print only aggregate
# figures for these stories.
#
# Judgement calls specific to the holdout stories:
# - 12a: unnamed "Navy spokesman" kept apart from the named spokesman Nirad Sinha (not
#   certain they are the same person); "an anti-piracy watchdog" (12_2) is the
#   International Maritime Bureau, which 12_7 names for the same statement; the ship MV Gibe
#   and the liner MS Columbus "reporting" are in neither list (a ship stands for its crew
#   or operator); "New Delhi had taken a serious view" is in neither list; Bill Gortney
#   doubts land attacks in 12_4 ("expressed doubt") and denies they would work in 12_18
#   ("probably wouldn't be effective"); Condoleezza Rice's planned request ("will present",
#   "is set to ask") counts as her stated position.
# - 18b: "Ilene Wolff" (18_7-9) is the same spokeswoman as "Ilene Wolfe", and "A spokeswoman
#   for Beaumont Hospital" (18_4) is her too; "the judge" (18_7, 18_8) is Michael A. Martone
#   (named in 18_10); Charles Craft's "I'm not positive all three of the people were
#   targeted, but there appeared to be some purpose" is counted as doubting deliberate
#   targeting, his "it doesn't appear it was random" (18_9) as affirming it; articles that
#   quote other outlets' articles (18_3, 18_4) make Fox News, USA Today, Yahoo! News and CNN
#   News speakers; the hospital's refusal to release details makes no speaker.
# - 21b: the victim Raj K. Chohan is a speaker in 21_13 only (she "had called Singh's house
#   ... and asked that someone open the door"); the two nephews Ravi Singh (21_3) and
#   Manpreet Singh (21_7) are kept apart; "her friend" (21_13) is Suri Charanjit; the
#   law-firm blog posts (21_6, 21_10) are the outlet's own voice and hold no claim;
#   "cops and family said" (21_3) makes "family" a speaker.
# - 3b: Comeaux's own claim that he needed the wheelchair counts as him affirming it;
#   3_4's "authorities had mistakenly believed" is the authorities affirming (their past
#   belief) and the outlet denying; the U.S. Marshals adding him to a list is an action,
#   not a statement.
# - 30a: "a spokesman" of France Telecom in 30_1 is Louis-Michel Aymard (named in the same
#   article); the unnamed spokeswoman of 30_2 is kept apart; Interoute affirms three cables
#   (30_12) and, through its spokesperson in 30_10, speaks of "both cables" (two): both kept;
#   the minister Tareq Kamel "ordered" an operation room set up, which is in neither list.

# ---------------------------------------------------------------- 12a (holdout)
# Indian Navy's INS Mysore captures 23 pirates attacking MV Gibe, Gulf of Aden, December 2008.
story("12a",
      speakers=[
          ("Indian Navy", O, [2, 4, 7, 8, 9, 10, 11, 15, 16, 18]),
          ("Defence Ministry", O, [1, 2, 13]),
          ("India", O, [2, 8]),
          ("Indian government", O, [4, 9]),
          ("Indian military", O, [8]),
          ("Indian officials", O, [8]),
          ("Indian authorities", O, [8]),
          ("Indians", O, [14]),
          ("Navy spokesman", P, [3, 9, 12, 16, 18, 19]),
          ("Nirad Sinha", P, [8, 11]),
          ("Navy sources", P, [3, 6]),
          ("a senior officer", P, [5]),
          ("an officer", P, [5]),
          ("Sureesh Mehta", P, [5, 12]),
          ("Pranab Mukherjee", P, [5]),
          ("skipper of the Ethiopian vessel", P, [6]),
          ("seamen on board the MV Gibe", P, [4]),
          ("International Maritime Bureau", O, [2, 3, 7, 8]),
          ("Wicharn Sirichaiekawat", P, [8]),
          ("Condoleezza Rice", P, [4, 14]),
          ("Bill Gortney", P, [4, 18]),
          ("Robert Gates", P, [9]),
          ("Pentagon", O, [8]),
          ("German military spokesman", P, [4]),
          ("Hapag-Lloyd", O, [4]),
          ("Andrew Mwangura", P, [18]),
          ("SABA", O, [8]),
          ("BBC", O, [18]),
          ("MSNBC", O, [15]),
          ("PTI", O, [1]),
      ],
      not_speakers=["Saturday", "Friday", "October", "November", "December", "September", "IST",
                    "Gulf of Aden", "Aden", "Somalia", "Yemen", "Djibouti", "Ivory Coast",
                    "Horn of Africa", "Mombasa", "Bahrain", "Puntland", "Salalah", "Dubai", "Eyl",
                    "Hobyo", "Bab-el-Mandab", "Red Sea", "Indian Ocean", "INS Mysore", "INS Tabar",
                    "Salahaddin", "Salahuddin", "Salaluddin", "Sirius Star", "MV Faina",
                    "MV Stolt Valor", "Ekawat Nava 5", "MV Jag Arnav", "NCC Tihama", "MV Action",
                    "Chetak", "Marcos", "Dornier", "NATO", "CNN", "British Royal Navy",
                    "Seafarers Assistance Program", "Security Council", "Secretary of State",
                    "Delhi-class"],
      claims=[
          ("The vessel INS Tabar sank in November was a pirate mother ship",
           ["Tabar", "sank", "pirate", "mother", "ship", "vessel", "Thai", "trawler"],
           [("Indian Navy", A, [
               (2, "The Indian Navy in November said it had sunk the Somali pirate \"mother ship\", though an anti-piracy watchdog later said the vessel was actually a Thai ship carrying fishing equipment that was being hijacked."),
               (4, "At least one Thai crew member was killed in the attack, which the Indian navy had originally announced by saying it had sunk a pirate \"mother ship.\""),
               (7, "Last month, the navy said it had sunk a pirate \"mother vessel\" off Somalia in a battle that erupted after the Indian ship INS Tabar came under attack from gunmen on board the boat."),
               (8, "Last month, the Indian navy said it had sunk a pirate \"mother vessel\" in the Gulf of Aden."),
               (9, "Last month, India's navy said it had sunk a pirate \"mother vessel\" off Somalia."),
               (16, "Later, the Tabar fired at and sank a Thai trawler that the Indian Navy said was a pirate \"mother vessel\"."),
           ]),
            ("Indian authorities", A, [
                (8, "Indian authorities insisted that their ship, the frigate INS Tabar, had acted against a pirate vessel that had threatened to attack it."),
            ]),
            ("Nirad Sinha", A, [
                (8, "\"It was a pirate vessel in the international waters, and its stance was aggressive.\""),
            ]),
            ("Sureesh Mehta", A, [
                (5, "It was under the command of pirates."),
            ]),
            ("International Maritime Bureau", D, [
                (2, "The Indian Navy in November said it had sunk the Somali pirate \"mother ship\", though an anti-piracy watchdog later said the vessel was actually a Thai ship carrying fishing equipment that was being hijacked."),
                (7, "But the International Maritime Bureau later said that the vessel destroyed by the Indian navy was actually a Thai fishing trawler that had been seized by pirates off Yemen."),
            ]),
            ("Wicharn Sirichaiekawat", D, [
                (8, "The ship's owner said the sunken vessel was a Thai trawler that was being seized by pirates when an Indian warship fired on it."),
            ]),
            (OUTLET, D, [
                (9, "But it later emerged that the vessel was actually a Thai fishing trawler that had been seized by pirates off Yemen."),
            ]),
            ]),
          ("The Indian Navy acted in self-defence and did nothing wrong in sinking the Thai trawler",
           ["navy", "self-defence", "self-defense", "fired", "trawler", "wrong", "defended"],
           [("Indian Navy", A, [
               (4, "The Indian navy defended its actions, saying it had fired in self-defense."),
               (10, "Last month, India's navy drew criticism after sinking a Thai fishing trawler that had been commandeered hours earlier by pirates, but the navy says it fired in self-defence."),
               (11, "The navy defended its actions, saying it had fired in self-defense."),
           ]),
            ("Nirad Sinha", A, [
                (8, "\"We fired in self-defense and in response to firing upon our vessel,\" Commodore Nirad Sinha, a navy spokesman, told CNN."),
            ]),
            ("Sureesh Mehta", A, [
                (5, "Though the Navy had come in for some criticism for sinking the Thai trawler, Admiral Sureesh Mehta had declared that his force had done nothing wrong."),
            ]),
            ("Pranab Mukherjee", A, [
                (5, "External affairs minister Pranab Mukherjee, too, had strongly defended the Navy's anti-piracy action on the high seas."),
            ]),
            ]),
          ("Attacking Somali pirates on land (their bases and ports) is a good way to fight piracy",
           ["attack", "pirates", "land", "bases", "ports", "ashore", "necessary", "measures"],
           [("Condoleezza Rice", A, [
               (4, "Secretary of State Condoleezza Rice will present a draft Security Council resolution next week asking the United Nations to authorize \"all necessary measures\" against piracy from Somalia."),
               (14, "Secretary of State Condoleezza Rice is set to ask the U.N. to authorize \"all necessary measures\" against the increasingly bold Somalian pirates."),
           ]),
            ("Bill Gortney", U, [
                (4, "However, the commander of the U.S. Navy's 5th Fleet expressed doubt Friday about the wisdom of launching attacks against Somali pirates on land, as the draft proposes."),
            ]),
            ("Bill Gortney", D, [
                (18, "On Friday, a high-level U.S. naval commander said attacking Somali ports probably wouldn't be effective in battling rampant piracy."),
            ]),
            ("Robert Gates", U, [
                (9, "Meanwhile, US Defence Secretary Robert Gates said better intelligence was needed for a land attack on pirate bases to be considered."),
            ]),
            ("Pentagon", D, [
                (8, "The Pentagon said Friday, however, that there are no plans for U.S. forces to go ashore in pursuit of pirates in Somalia."),
            ]),
            ]),
          ("Shipping companies should protect their own ships better (e.g. with armed guards)",
           ["ships", "shipping", "companies", "protect", "armed", "guards", "preventative"],
           [("Robert Gates", A, [
               (9, "Mr Gates said most ships could outrun the pirates and they should take more preventative measures, like pulling up their ladders when at sea and perhaps placing armed guards on board."),
           ]),
            ("Bill Gortney", A, [
                (18, "Instead, he suggested shippers employ armed guards to protect their vessels from hijackings."),
            ]),
            ]),
          ("The 23 captured pirates were 12 Somalis and 11 Yemenis",
           ["23", "pirates", "Somali", "Yemeni", "Somalia", "Yemen"],
           [("Defence Ministry", A, [
               (2, "Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms and equipment, the statement said."),
               (13, "Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni nationals as well as arms and equipment, the statement said."),
           ]),
            ("Indian Navy", A, [
                (7, "\"Twenty-three personnel (12 Somali and 11 Yemeni) surrendered on boarding,\" the navy said."),
            ]),
            ("Nirad Sinha", A, [
                (11, "The pirates are from Somalia and Yemen, two countries surrounding the Gulf of Aden, Sinha said."),
            ]),
            ("Navy spokesman", A, [
                (16, "The navy spokesperson said marine commandos from the Mysore flew in the destroyer's embarked helicopter, boarded the Salaluddin and caught 12 Somalis and 11 Yemenis."),
            ]),
            ("BBC", A, [
                (18, "The pirates were Somali and Yemeni, the BBC reported."),
            ]),
            ("Indians", A, [
                (14, "The Indians say the pirates were from Somalia and Yemen, two countries on the coast of the Gulf."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 18b (holdout)
# Anthony LaCalamita's shooting at Gordon Advisors, Troy, Michigan, April 2007.
story("18b",
      speakers=[
          ("police", O, [1, 2, 3, 4, 5, 7, 8, 9, 10, 11]),
          ("authorities", O, [2, 3, 7, 8, 9, 11]),
          ("officials", O, [5]),
          ("Gerry Scherlinck", P, [1, 2, 3, 4, 5, 7, 8, 10, 11]),
          ("Robert Pickell", P, [1, 3, 5, 11]),
          ("James Gage", P, [2, 3, 11]),
          ("Charles Craft", P, [2, 3, 5, 9, 11]),
          ("Barry Whiteside", P, [7, 8, 10]),
          ("Ilene Wolfe", P, [2, 3, 4, 5, 7, 8, 9, 11]),
          ("Bill Adgate", P, [1, 2, 11]),
          ("Jean Larson", P, [5]),
          ("witnesses", P, [2, 3, 4, 9, 11]),
          ("Employees of the building", P, [4]),
          ("Alan Steinberg", P, [7, 8, 10]),
          ("Charlie Kafoury", P, [7, 10]),
          ("Charlene Kafoury", P, [10]),
          ("Anthony LaCalamita", P, [7, 8, 10]),
          ("Michele LaCalamita", P, [7, 8]),
          ("Matthew Roth", P, [7]),
          ("Michael A. Martone", P, [7, 8, 10]),
          ("Jerome Fenton", P, [6]),
          ("Rob Novy", P, [6]),
          ("Gordon Advisors", O, [5, 7]),
          ("Associated Press", O, [8]),
          ("Detroit Free Press", O, [9]),
          ("Fox News", O, [3, 4]),
          ("USA Today", O, [3]),
          ("Yahoo! News", O, [4]),
          ("CNN News", O, [4]),
          ("Local evening news in Michigan", O, [3]),
      ],
      not_speakers=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "April", "March",
                    "February", "GMT", "HKT", "EDT", "Troy", "Michigan", "Detroit", "Dexter",
                    "Vienna township", "Saginaw", "Flint", "Bay City", "Warren", "Sterling Heights",
                    "Bruce Township", "Macomb County", "Genesee County", "Interstate 75",
                    "Ford Fusion", "Atlanta", "Seattle", "CNN Center", "Omni Hotel",
                    "University of Washington", "Signal Hill", "Salt Lake City", "LPL Financial",
                    "State Farm", "C&G Accounting", "Madeline Kafoury", "Paul Riva", "Dumpster",
                    "WDIV-TV", "WJBK", "ON DEADLINE"],
      claims=[
          ("The gunman deliberately targeted particular people (the firm's managers)",
           ["targeted", "seeking", "deliberately", "managers", "purpose", "random"],
           [("Gerry Scherlinck", A, [
               (1, "The suspect, 38-year-old Anthony LaCalamita, was \"deliberately seeking out these individuals,\" according to Troy police Lt. Gerry Scherlinck."),
               (7, "Troy police Lt. Gerry Scherlinck said Riva and Steinberg appeared to have been the targets in the shootings."),
               (8, "\"There is a suspicion that there might have been a third upper management official he was seeking,\" said Troy police Lt. Gerry Scherlinck."),
               (10, "\"There is a suspicion that there might have been a third upper management official he was seeking,\" said Troy police Lt. Gerry Scherlinck."),
           ]),
            ("police", A, [
                (8, "Troy, Mich. police said Anthony LaCalamita III, 38, targeted two managers and also may have intended to shoot another one."),
                (10, "Police said LaCalamita targeted the two managers and also may have intended to shoot another one."),
            ]),
            ("Barry Whiteside", A, [
                (10, "A man fired four days earlier from his job as an accountant walked into his old office, passed by the receptionist and made his way to a manager's office with the purpose of killing him with a shotgun, a police sergeant said Wednesday during the man's arraignment."),
            ]),
            ("Charles Craft", A, [
                (9, "Though they would not say what his relationship was with any of the victims or what led to the shootings, “it doesn’t appear it was random,” the Troy police chief, Charles Craft, said."),
            ]),
            ("Charles Craft", U, [
                (2, "\"I'm not positive all three of the people were targeted, but there appeared to be some purpose,\" Craft said."),
                (3, "'I'm not positive all three of the people were targeted, but there appeared to be some purpose,' Craft said."),
                (5, "“I’m not positive all three of the people were targeted but there appeared to be some purpose,” Troy Police Chief Charles Craft said."),
                (11, "\"I'm not positive all three of the people were targeted, but there appeared to be some purpose,\" Craft said."),
            ]),
            ]),
          ("LaCalamita shot his former co-workers out of fury over his firing (not because of mental illness)",
           ["furious", "firing", "fired", "mental", "illness", "blame", "motive"],
           [("Rob Novy", A, [
               (6, "Assistant Oakland County Prosecutor Rob Novy said the 39-year-old Troy man shot his former co-workers because he was furious over his firing four days earlier."),
           ]),
            ("Jerome Fenton", D, [
                (6, "Defense attorney Jerome Fenton argued LaCalamita's extensive history of mental illness was to blame."),
            ]),
            ]),
          ("The receptionist Madeline Kafoury died at the scene",
           ["Kafoury", "receptionist", "died", "scene", "hospital", "victim"],
           [("authorities", A, [
               (9, "The woman, identified by the police as Madeline Kafoury, died at the scene, the authorities said."),
           ]),
            ("Barry Whiteside", A, [
                (10, "She fell to the floor and died from her wounds, he said."),
            ]),
            ("Ilene Wolfe", D, [
                (2, "She said the third victim died on the way to the hospital."),
                (3, "She said the third victim died on the way to the hospital."),
                (11, "She said the third victim died on the way to the hospital."),
            ]),
            ]),
          ("The shooter was a former employee of the accounting firm, fired the week before",
           ["former", "employee", "fired", "dismissed", "terminated", "accounting", "firm"],
           [("witnesses", A, [
               (4, "Witnesses told Detroit broadcast stations that the shooter was a former employee of an accounting firm inside the building."),
           ]),
            ("Employees of the building", A, [
                (4, "Employees of the building told WJBK that the shooter was a former disgruntled employee who brought a rifle into the building."),
            ]),
            ("Gerry Scherlinck", A, [
                (2, "Scherlinck described the shooter as a former employee of one of the offices who might have been terminated as recently as a week ago."),
                (7, "LaCalamita had been fired last Thursday as a general accountant at the firm and bought a shotgun and shells on Friday, Scherlinck said."),
                (8, "LaCalamita had been fired last Thursday as a general accountant at the firm and bought a shotgun and shells on Friday, Scherlinck said."),
            ]),
            ("police", A, [
                (1, "A Michigan man shot to death one person and injured two others Monday at the suburban Detroit accounting firm from which he was fired last week, police said."),
                (5, "An accounting firm employee who was fired last week shot and killed a woman and wounded two men Monday at the suburban Detroit building where he worked, then led officers on a high-speed chase, police said."),
                (9, "Mr. LaCalamita, 38, who was still listed on the firm’s Web site as a member of its “professional staff,” had been dismissed last week, the police said."),
                (10, "LaCalamita was fired from his position as a general accountant last Thursday because of poor performance, police said."),
            ]),
            ("Charles Craft", A, [
                (5, "LaCalamita was fired last week, Craft said, but still was listed on the Web site of Gordon Advisors."),
            ]),
            ("authorities", A, [
                (11, "A man suspected of shooting three people, killing one, at a suburban Detroit accounting firm from which he was fired last week was arrested after a high-speed chase a few hours after the attack this morning, authorities said."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 21b (holdout)
# Raj Chohan killed by a hit-and-run driver in Richmond Hill, Queens, September 2013.
story("21b",
      speakers=[
          ("police", O, [2, 3, 4, 5, 7, 11, 12, 13, 14]),
          ("NYPD", O, [5, 11, 12, 13]),
          ("Investigators", O, [2, 10]),
          ("Witnesses", P, [1, 5, 9]),
          ("civilian witness", P, [12]),
          ("Mahadeo Rambrich", P, [2]),
          ("residents", P, [2, 13]),
          ("family", P, [3]),
          ("Ravi Singh", P, [3]),
          ("a family friend", P, [3]),
          ("one man", P, [4]),
          ("another neighbor", P, [4]),
          ("Manpreet Singh", P, [7]),
          ("a bystander", P, [11]),
          ("Richard Brown", P, [12]),
          ("Suri Charanjit", P, [13]),
          ("Piara Singh", P, [13]),
          ("Raj K. Chohan", P, [13]),
      ],
      not_speakers=["Friday", "Saturday", "Sunday", "September", "Sept. 13", "Queens",
                    "Richmond Hill", "South Richmond Hill", "South Ozone Park", "College Point",
                    "Schenectady", "Schnectady", "Punjab", "India", "Coney Island", "Kew Gardens",
                    "Bronx", "Soundview", "Jamaica Hospital", "Mount Sinai Hospital",
                    "Queens Supreme Court", "102nd Precinct", "112th Precinct", "Toyota Camry",
                    "Sikh", "EMS", "DWI", "1010 WINS", "Glenn Schuck", "CBS",
                    "Vishwanand Subryan", "Maria Dulce-Valencia"],
      claims=[
          ("The hit-and-run driver was drunk",
           ["driver", "drunk", "drunken", "intoxicated", "alcohol", "DWI"],
           [("police", A, [
               (3, "A grandmother crossing a Queens street to attend a religious service Friday was mowed down by a drunken hit-and-run driver, cops and family said."),
               (4, "A 59-year-old mother of two died when a drunken driver struck her with his car and then drove off, police said."),
               (5, "An allegedly intoxicated driver who tried to flee after striking and fatally injuring a woman in Queens has been charged in her murder, according to police."),
           ]),
            ("family", A, [
                (3, "A grandmother crossing a Queens street to attend a religious service Friday was mowed down by a drunken hit-and-run driver, cops and family said."),
            ]),
            ("Richard Brown", A, [
                (12, "A 59-year-old grandmother on her way to a religious service in Richmond Hill last Friday was hit and killed by an allegedly drunk driver who fled the scene of the accident that left her family and friends devastated, Queens District Attorney Richard Brown said."),
            ]),
            ("NYPD", A, [
                (13, "Subryan was charged with vehicular manslaughter, criminally negligent homicide, leaving the scene of an accident resulting in death and DWI, the NYPD said."),
            ]),
            (OUTLET, A, [
                (3, "Raj Chohan, 59, was killed by a drunk hit-and-run driver as she was on her way to attend religious services on Friday."),
            ]),
            ]),
          ("Raj Chohan was on her way to a religious service at a Sikh temple when she was hit",
           ["Chohan", "religious", "service", "Sikh", "temple", "visiting", "neighbor"],
           [("police", A, [
               (3, "Raj Chohan, 59, had just parked her car and was walking alongside other parked vehicles toward a Sikh temple when she was struck by a gray 2013 Toyota Camry heading north on 117th St. near 97th Ave. about 7 p. m., police said."),
               (12, "Raj Chohan, who lived in South Ozone Park, was walking towards a Sikh temple for a Friday evening service when Vishwanand Subryan, 23, of Schenectady, N. Y., allegedly mowed into the older woman with his gray 2013 Toyota Camry around 7 p. m., police said."),
           ]),
            ("family", A, [
                (3, "A grandmother crossing a Queens street to attend a religious service Friday was mowed down by a drunken hit-and-run driver, cops and family said."),
            ]),
            ("Richard Brown", A, [
                (12, "A 59-year-old grandmother on her way to a religious service in Richmond Hill last Friday was hit and killed by an allegedly drunk driver who fled the scene of the accident that left her family and friends devastated, Queens District Attorney Richard Brown said."),
            ]),
            ("Suri Charanjit", D, [
                (13, "Chohan, who is a mother to a married son and daughter, had been in her former neighborhood to visit Piara Singh, according to Charanjit who translated for Singh."),
            ]),
            ]),
          ("Cars speed recklessly on 117th Street (the street needs a stop sign)",
           ["cars", "speeding", "reckless", "117th", "Street", "stop", "sign"],
           [("Suri Charanjit", A, [
               (13, "“The cars come straight from 103rd Avenue. They have no stop sign, no bump, nothing but green until 95th Avenue,” Charanjit said."),
           ]),
            ("Piara Singh", A, [
                (13, "Both Charanjit and Singh complained cars speeding along 117th Street."),
            ]),
            ("a bystander", A, [
                (11, "“They drive reckless around here,\" a bystander told CBS."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 3b (holdout)
# Escape of Arcade Joseph Comeaux Jr. during a prison transfer in Texas, November 2009.
story("3b",
      speakers=[
          ("authorities", O, [1, 4, 9]),
          ("officials", O, [1, 6]),
          ("Michelle Lyons", P, [1, 2, 5, 11]),
          ("Arcade Joseph Comeaux Jr.", P, [1, 2, 11]),
          ("Texas Department of Criminal Justice", O, [7, 11]),
          ("MyFoxHouston. com", O, [6]),
          ("Alfredo Perez", P, [10]),
          ("John Moriarty", P, [11]),
          ("Whitmire", P, [11]),
      ],
      not_speakers=["Monday", "Tuesday", "Thursday", "Saturday", "June", "February", "May",
                    "November", "December", "Nov. 30", "Dec. 7", "ET", "Brazos County", "Houston",
                    "Huntsville", "Beaumont", "Baytown", "Texas", "Lee College", "Goose Creek",
                    "Estelle Unit", "Stiles Unit", "15 Most Wanted", "Most Wanted"],
      claims=[
          ("Comeaux needed a wheelchair (was paralysed and wheelchair-bound)",
           ["Comeaux", "wheelchair", "paralyzed", "mobility", "needed", "bound"],
           [("Arcade Joseph Comeaux Jr.", A, [
               (1, "At the time of the escape, the inmate was in a wheelchair, which he claimed he needed to help move him around, officials said."),
               (2, "Lyons said that Comeaux used a wheelchair in prison – he \"claimed it was necessary for his mobility\" – and added, \"Since he fled on foot, that's obviously in question.\""),
           ]),
            ("authorities", A, [
                (4, "Comeaux’s escape is all the more surprising since authorities had mistakenly believed he was paralyzed following a stroke, and was wheelchair bound."),
            ]),
            ("Michelle Lyons", U, [
                (2, "Lyons said that Comeaux used a wheelchair in prison – he \"claimed it was necessary for his mobility\" – and added, \"Since he fled on foot, that's obviously in question.\""),
            ]),
            (OUTLET, U, [
                (2, "A convicted child molester who was supposedly confined to a wheelchair overpowered two prison guards today, handcuffed them, stole their weapons and walked off wearing one of their uniforms."),
            ]),
            (OUTLET, D, [
                (4, "Comeaux’s escape is all the more surprising since authorities had mistakenly believed he was paralyzed following a stroke, and was wheelchair bound."),
            ]),
            ]),
          ("Failures of staff and procedures at the Estelle prison unit enabled the escape (Comeaux got his gun there)",
           ["Estelle", "prison", "unit", "gun", "searching", "visitors", "employees", "termination", "failures"],
           [("Texas Department of Criminal Justice", A, [
               (11, "The Texas Department of Criminal Justice has made sweeping leadership changes at a Huntsville prison where an inmate managed to get a gun that he later used to escape, the agency announced Tuesday."),
           ]),
            ("John Moriarty", A, [
                (11, "The Nov. 30 escape by Arcade Joseph Comeaux Jr., a convicted rapist recaptured last month after eight days on the run in Baytown and Houston, has led to unprecedented fallout at the prison unit where he was housed, with the largest number of TDCJ employees ever facing termination or disciplinary action because of a single incident, said TDCJ Inspector General John Moriarty."),
            ]),
            ("Whitmire", A, [
                (11, "Whitmire questioned why several prisons, including the Estelle unit, stopped searching visitors two months before Comeaux's escape and moved to random pat-downs."),
            ]),
            ]),
          ("Comeaux pulled a gun on the two guards, took them hostage and escaped on foot",
           ["Comeaux", "gun", "guards", "officers", "hostage", "handcuffed", "escaped", "foot"],
           [("authorities", A, [
               (1, "A convicted sex offender sentenced to life in prison pulled a gun on two guards during a prison transfer Monday and held them hostage temporarily before fleeing on foot in one of the guard's uniforms, authorities said."),
           ]),
            ("Michelle Lyons", A, [
                (1, "Comeaux, 49, took the officers' weapons and handcuffed them together in the back of the vehicle before fleeing on foot at around 9 a. m., Lyons said."),
            ]),
            ("officials", A, [
                (6, "Officials said Arcade Joseph Comeaux Jr., 49, took two transport officers hostage on Monday morning and then escaped from the vehicle and took off on foot, MyFoxHouston. com reports."),
            ]),
            ("MyFoxHouston. com", A, [
                (6, "Comeaux allegedly handcuffed the officers together in the vehicle and then took off with their weapons, MyFoxHouston. com reported."),
            ]),
            ("Texas Department of Criminal Justice", A, [
                (7, "A Texas inmate escaped from a prison van near Houston after pulling a gun on two guards who were transporting him between prisons, according to a Texas prison statement Monday."),
            ]),
            ]),
      ])


# ---------------------------------------------------------------- 30a (holdout)
# Undersea cables cut in the Mediterranean, December 2008.
story("30a",
      speakers=[
          ("France Telecom", O, [1, 2, 5, 6, 7, 8, 11, 12]),
          ("Louis-Michel Aymard", P, [1]),
          ("France Telecom spokeswoman", P, [2]),
          ("MENA", O, [1, 9]),
          ("official source", P, [9]),
          ("Danny McPherson", P, [2]),
          ("Egyptian communications ministry", O, [3, 4, 10]),
          ("Rafaat Hindy", P, [10]),
          ("Egyptian National Telecommunication Regulatory Authority", O, [9]),
          ("Jonathan Wright", P, [3, 7, 12]),
          ("Interoute", O, [10, 12]),
          ("Alan Mauldin", P, [3]),
          ("Experts", P, [7]),
          ("Industry experts", P, [10]),
          ("Industry insiders", P, [10]),
          ("Indian ISPs", O, [10]),
          ("Internet Service Providers", O, [10]),
          ("Rajesh Chharia", P, [10]),
          ("Reliance GlobalCom", O, [11, 12, 14]),
          ("Sanjeev Gaur", P, [12]),
          ("Anurag Joshi", P, [12]),
          ("Bloomberg", O, [11]),
          ("Orange", O, [11, 12]),
          ("Portugal Telecom", O, [11, 12]),
          ("Sonaecom", O, [12]),
          ("Verizon", O, [12]),
          ("Linda Laughlin", P, [12]),
          ("Simon Gordon", P, [12]),
          ("Telstra", O, [12]),
      ],
      not_speakers=["Friday", "Saturday", "Monday", "January", "December", "Dec. 31", "Dec. 25",
                    "Christmas", "GMT", "UTC", "Europe", "Asia", "Mediterranean", "Sicily", "Tunisia",
                    "Egypt", "India", "Alexandria", "Malta", "Suez Canal", "Maldives", "Qatar",
                    "Djibouti", "Mumbai", "London", "Hong Kong", "Marseille", "Sea Me We 4", "SMW4",
                    "SMW3", "FLAG FEA", "TE-North", "France Telecom Marine", "BBC", "The Times",
                    ],
      claims=[
          ("The cable cuts were caused by an attack",
           ["attack", "cables", "cut", "sabotage", "unlikely"],
           [("France Telecom", D, [
               (5, "France Telecom says the cause of the cuts is still unclear, but it's unlikely to have been an attack."),
               (8, "France Telecom reported that \"an attack is unlikely\"."),
           ]),
            ("Louis-Michel Aymard", D, [
                (1, "\"The causes of the cut, which is located in the Mediterranean between Sicily and Tunisia, on sections linking Sicily to Egypt, remain unclear,\" a statement said, while a spokesman said it was unlikely to have been an attack."),
            ]),
            ]),
          ("The cables were cut by a ship (an anchor or a trawler's nets)",
           ["cause", "cables", "cut", "ship", "anchor", "trawlers", "nets", "unclear", "unknown"],
           [("Jonathan Wright", A, [
               (12, "\"The information we have is a bit sketchy, but chances are that it will have been an anchor again, \"Jonathan Wright, Interoute's director of wholesale products, said in a telephone interview."),
           ]),
            ("France Telecom spokeswoman", U, [
                (2, "France Telecom isn't sure what caused the cut, she said."),
            ]),
            ("Louis-Michel Aymard", U, [
                (1, "The cables might have got caught up in trawlers' nets or there may have been an underwater landslide, said Aymard."),
            ]),
            ("France Telecom", U, [
                (1, "\"The causes of the cut, which is located in the Mediterranean between Sicily and Tunisia, on sections linking Sicily to Egypt, remain unclear,\" a statement said, while a spokesman said it was unlikely to have been an attack."),
                (7, "In a statement released in relation to one of the breaks, France Telecom said: \"The causes of the cut, which is located in the Mediterranean between Sicily and Tunisia, on sections linking Sicily to Egypt, remain unclear.\""),
            ]),
            ("Reliance GlobalCom", U, [
                (14, "Cause of the failure is not known at this time, says operator Reliance GlobalCom."),
            ]),
            ("Anurag Joshi", U, [
                (12, "Reliance Globalcom doesn't know exactly what happened and engineers are working on the problem, said Anurag Joshi, head of the company's global network operations center."),
            ]),
            ("MENA", U, [
                (9, "Up to 80 percent of Internet services and call centers in Egypt have been cut after the submarine cables were damaged south of Italy on Friday for unknown reason, said the Egyptian MENA news agency."),
            ]),
            (OUTLET, U, [
                (3, "It remains unclear what precisely what caused the damage, but the Egyptian communications ministry said that ships have already been dispatched to look at the problem-although repairs will take \"several days\"."),
                (7, "The cause of the break is as yet unknown, although some seismic activity was reported near Malta shortly before the cut was detected."),
                (11, "It's still unclear how the cables were damaged or when they will be fixed."),
                (13, "No word yet on an official cause of the damage."),
            ]),
            ]),
          ("Normal service will be restored by 31 December",
           ["service", "restored", "normal", "December", "31", "repair", "fixed"],
           [("France Telecom", A, [
               (1, "The company said it was sending a ship to fix the lines but that it would not arrive until Monday and that it could take until December 31 before normal service was restored."),
               (6, "France Telecom expects communications will not be fully restored before 31 December."),
               (7, "The French firm said it was sending a ship out to fix the line between Italy and Egypt, although it could take until 31 December to fully repair the line."),
               (11, "France Telecom said it plans to send a boat to fix the problem and should have service restored to normal by December 31, according to Bloomberg."),
               (12, "France Telecom SA, which plans to send a maintenance boat to fix the problem, said the situation should be back to normal by Dec. 31."),
           ]),
            ("France Telecom spokeswoman", A, [
                (2, "A maintenance boat is en route to the site of the cut, but it will not get there until Monday, and it will take as many as two weeks for the situation to return to normal, she said."),
            ]),
            ("Reliance GlobalCom", U, [
                (11, "Reliance Globalcom, a communications provider in India, told Bloomberg News that there was no time frame for getting the network fixed."),
            ]),
            ("Sanjeev Gaur", U, [
                (12, "The failures cut the flow of \"data of various kinds\" between Europe and the Middle East, and there's no timeframe for when communications will be restored, said Sanjeev Gaur, director of assurance at Reliance Globalcom Ltd. in India."),
            ]),
            ("Jonathan Wright", U, [
                (12, "\"It's difficult to forecast how long it will take to fix the problem as it depends on the weather and sea conditions in the Mediterranean,\" Wright said."),
            ]),
            ]),
          ("The outage will seriously harm business and economies in the affected regions",
           ["outage", "business", "economies", "impact", "affected", "devastating"],
           [("Jonathan Wright", A, [
               (3, "Jonathan Wright, a director at telecoms company Interoute, said that the outage could have a devastating affect on business and communication around the world."),
               (7, "\"This will grind economies to a halt for a short space of time,\" he said"),
           ]),
            ("Experts", A, [
                (7, "Experts warned that it may be days before the fault is fixed and said the knock on effect could have serious repercussions on regional economies."),
            ]),
            ("Rajesh Chharia", A, [
                (10, "Speaking to reporters, Rajesh Chharia, president of the Internet Service Providers' Association of India, said: \"Information technology companies, software companies and call centres that provide online services to the UK or the US east coast are the worst affected.\""),
            ]),
            ("Industry insiders", A, [
                (10, "Industry insiders warned that a domino effect was occuring today, causing the disruption to spread across the globe."),
            ]),
            ("Danny McPherson", A, [
                (2, "\"It's significant that it was lost,\" he said"),
            ]),
            ("Portugal Telecom", D, [
                (12, "Portugal Telecom SGPS SA, Portugal's biggest phone company, has redirected traffic through other cables in the region and therefore the \"impact is very small,\" said a company official."),
            ]),
            ]),
          ("Three undersea cables were cut",
           ["three", "two", "cables", "cut", "damaged", "lines"],
           [("France Telecom", A, [
               (1, "Internet and telephone communications between Europe, the Middle East and Asia were severely disrupted Friday after three undersea cables were damaged in the Mediterranean, France Telecom said."),
               (2, "Internet and telephone traffic between Europe and the Middle East and Asia was hampered Friday after three major underwater data lines were cut, according to France Telecom."),
           ]),
            ("Egyptian communications ministry", A, [
                (4, "The ministry says three Internet cables were cut off the coast of Sicily on Friday morning."),
            ]),
            ("Jonathan Wright", A, [
                (7, "We've lost three out of four lines."),
            ]),
            ("Interoute", A, [
                (12, "Three cable systems carrying more than 75 percent of traffic between the Middle East, Europe and America have been damaged, according to the U.K.'s Interoute Plc, which operates a fiber- optic data network connecting 92 cities."),
            ]),
            ("Interoute", D, [
                (10, "\"It is incredibly rare to experience a dual-break where both cables are down simultaneously,\" said a spokesperson for Interoute, the internet networks company."),
            ]),
            ("Industry experts", D, [
                (10, "Industry experts told The Times that two sub-sea cables went down just off Alexandra, causing the mass disruption."),
            ]),
            ]),
      ])


if __name__ == "__main__":
    main()
