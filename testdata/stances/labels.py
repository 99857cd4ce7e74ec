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
                hs.append({"holder": holder, "position": pos, "docs": ids, "quote": ev[0][1]})
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
                    "Halloween", "CNN", "Gov.", "Rev.", "Central Mat-Su"],
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
                    "Reuters", "Major General", "Prime Minister", "A+ A-", "The Latest",
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


if __name__ == "__main__":
    main()
