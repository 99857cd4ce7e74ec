#!/usr/bin/env python3
"""Stance and speaker labels made in session 14 on three tune-half ECB+ dev
events that had none (8a, 33a, 35b): the source of labels-s14-tune.jsonl.

Labelled by the session-14 stances helper by reading every article of each
story in full, before any engine output on these stories was seen, by the
guidelines of README.md (same format and helpers as labels.py, which this
file imports; only labels.py's tune-half and common code is used).
Usage: python3 labels_s14.py [--check]
"""
import json
import os
import sys

import labels
from labels import A, D, O, OUTLET, P, U, story

labels.STORIES = []  # this file's stories only

# ---------------------------------------------------------------- 8a (tune)
# A bomb at a bank in Woodburn, Oregon kills a police officer and a bomb technician.
story("8a",
      speakers=[
          ("Gregg Hastings", P, [1, 2, 3, 7]),
          ("officials", O, [1, 2]),
          ("state police", O, [1, 3, 6]),
          ("police", O, [1, 2, 3, 6, 7]),
          ("Robert Sznewajs", P, [1, 7]),
          ("Federal authorities", O, [1]),
          ("Marion County deputies", O, [3]),
          ("Marion County sheriffs", O, [3]),
          ("Jason Tlusty", P, [3]),
          ("authorities", O, [3]),
          ("Woodburn police", O, [4]),
          ("colleagues", P, [7]),
          ("A hospital representative", P, [7]),
          ("Rodge Womack", P, [7]),
          ("Russ Isham", P, [7]),
          ("Bob Currie", P, [7]),
          ("T.J. Simons", P, [7]),
          ("Jan Olson", P, [7]),
      ],
      not_speakers=["Friday", "Saturday", "Woodburn", "Portland", "Oregon", "West Coast Bank",
                    "Wells Fargo", "Tom Tennant", "William Hakim", "Bill Hakim", "Scott Russell",
                    "Highway 214", "Interstate 5", "OHSU", "FBI", "ATF", "Panor Senior Condominiums",
                    "Evergreen Estates", "The Statesman Journal", "Woodburn Independent",
                    "Marion County District Attorney's Office", "Lt.", "Capt.", "Newberg"],
      claims=[
          ("A bomb exploding at a bank killed a police officer and a bomb technician",
           ["bomb", "explosion", "exploded", "killed", "officer", "technician", "bank"],
           [("officials", A, [
               (1, "A bomb explosion at a bank killed a police officer and a state bomb disposal technician, and state police did not have any suspects, officials said Saturday."),
               (2, "An explosion at a bank killed a police officer and a state bomb disposal technician, officials said Saturday, offering a $35,000 reward for information leading to an arrest and conviction in the case."),
           ]),
            ("state police", A, [
                (6, "Oregon State Police say a bomb explosion at a Woodburn-area bank killed a local police officer and a state bomb disposal technician."),
            ]),
            (OUTLET, A, [
                (3, "A Woodburn police officer and state police bomb squad technician were killed, while the city's police chief remained in critical condition after a bomb exploded late Friday at a Woodburn bank."),
                (4, "A bomb exploded at an Oregon bank in Woodburn late Friday killing a police officer and a bomb technician."),
                (5, "A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing a Woodburn police officer and an Oregon State Police bomb squad technician, and critically injuring the Woodburn police chief."),
                (7, "Bomb explodes at Woodburn bank, killing a police officer and OSP bomb technician."),
                (8, "Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, and Capt. Tom Tennant of the Woodburn Police Department were killed when a bomb exploded at a West Coast Bank branch."),
            ]),
            ]),
          ("Police have suspects in the bombing",
           ["police", "suspects", "suspect", "have"],
           [("officials", D, [
               (1, "A bomb explosion at a bank killed a police officer and a state bomb disposal technician, and state police did not have any suspects, officials said Saturday."),
           ]),
            ("police", D, [
                (6, "The police say they don't have suspects."),
            ]),
            ]),
          ("The person responsible for the bomb is dangerous",
           ["person", "dangerous", "responsible", "individual", "found"],
           [("Gregg Hastings", A, [
               (1, "\"That person is dangerous and needs to be found as soon as possible,\" said Lt. Gregg Hastings of the Oregon State Police."),
               (2, "\"That person is dangerous and needs to be found as soon as possible,\" said Oregon State Police Lt. Gregg Hastings."),
               (7, "He described those responsible as \"very dangerous.\""),
           ]),
            ]),
          ("The bank was the target of a grudge (a motive for the bombing is known)",
           ["grudges", "grudge", "bank", "motive"],
           [("Gregg Hastings", D, [
               (1, "Lieutenant Hastings said he did not know of any grudges against the West Coast Bank, a statement echoed by its president and chief executive, Robert Sznewajs."),
           ]),
            ("Robert Sznewajs", D, [
                (1, "\"We're not aware of anything,\" Mr. Sznewajs said."),
            ]),
            ("police", U, [
                (2, "Police had no motive for the bombing and could offer no details about the bomb other than to say it was as powerful."),
            ]),
            ]),
          ("The first device (found after the phoned threat to the other bank) was harmless",
           ["device", "harmless", "dangerous", "first", "suspicious"],
           [(OUTLET, A, [
               (1, "The police went to check on a telephoned bomb threat received by a Wells Fargo bank branch in the center of town and found a suspicious device that turned out to be harmless."),
               (2, "Police went to check on a telephoned bomb treat received by a nearby Wells Fargo branch bank and found a suspicious device, but that device turned out to be harmless."),
           ]),
            ("state police", A, [
                (3, "State police said the first device, discovered by police after the suspicious phone call, was determined not to be dangerous."),
            ]),
            ]),
          ("The two devices were related",
           ["devices", "related", "two"],
           [("police", U, [
               (3, "It was unclear to police whether the devices were related."),
           ]),
            ("authorities", U, [
                (3, "Twelve hours into the investigation authorities said it remained unclear whether the two devices were related."),
            ]),
            ]),
          ("The bomb went off after officers took it inside the bank (as a result of their handling)",
           ["bomb", "exploded", "inside", "moved", "took", "officers", "investigation"],
           [("police", A, [
               (2, "But police said the investigation led them to the nearby West Coast office where the bomb was found by a bank employee in the bushes outside the building, and it exploded after officers took it inside."),
           ]),
            (OUTLET, A, [
                (1, "A bank employee found the bomb in bushes outside, and it exploded after officers took it inside."),
                (4, "The bank was evacuated and the device was moved inside at which time the bomb exploded."),
            ]),
            ("Robert Sznewajs", A, [
                (7, "He said authorities decided to move the device inside the branch and apparently scanned it -- and then it went off."),
            ]),
            ("Robert Sznewajs", U, [
                (7, "Sznewajs said he did not know whether the bomb went off on its own or as a result of the technicians' investigation."),
            ]),
            ]),
          ("The bank had been evacuated before the bomb went off",
           ["bank", "evacuated", "branch"],
           [("Robert Sznewajs", A, [
               (7, "The bank had been evacuated before the bomb detonated, according to West Coast Bank Chief Executive Robert Sznewajs."),
           ]),
            (OUTLET, A, [
                (4, "The bank was evacuated and the device was moved inside at which time the bomb exploded."),
            ]),
            ]),
          ("Federal agencies offer a $35,000 reward for information leading to an arrest",
           ["reward", "35,000", "offering", "information", "arrest"],
           [("Federal authorities", A, [
               (1, "Federal authorities said Saturday that they were offering a $35,000 reward for information leading to an arrest and conviction in the case."),
           ]),
            ("officials", A, [
                (2, "An explosion at a bank killed a police officer and a state bomb disposal technician, officials said Saturday, offering a $35,000 reward for information leading to an arrest and conviction in the case."),
            ]),
            ("state police", A, [
                (3, "The FBI and ATF offered a $35,000 reward for information leading to the arrest and conviction of the person or persons responsible for the explosion and deaths, Oregon State Police said."),
            ]),
            ("Gregg Hastings", A, [
                (7, "Hastings this morning announced that the ATF and FBI are offering a $35,000 reward for information leading to the arrest of the individual responsible for the crime."),
            ]),
            ]),
      ])

# ---------------------------------------------------------------- 33a (tune)
# Trial of a teenager accused of the stray-bullet killing of a girl in Albany, New York.
story("33a",
      speakers=[
          ("Shondell McAllister", P, [1, 3, 4]),
          ("David Rossi", P, [1, 3, 4]),
          ("Peter Lynch", P, [1, 3, 4, 5]),
          ("authorities", O, [1]),
          ("Jermayne Timmons", P, [1]),
          ("Witnesses for the prosecution", P, [1]),
          ("The man", P, [2]),
          ("best friend", P, [2]),
          ("Elijah Coleman", P, [3]),
          ("An official", P, [3]),
          ("David Soares", P, [4]),
          ("King", P, [5]),
      ],
      not_speakers=["Albany", "Albany County Court", "Kathina Thomas", "May 29", "Monday", "Tuesday",
                    "Wednesday", "Shaquille O'Neal", "Shaq", "West Hill", "Guyana", "First Street",
                    "North Lake Avenue", "Ida Yarbrough", "Stephen Herrick", "Little Miami",
                    "Albany County Sheriff's Department", "State Police", "Jermayne Taylor", "Judson",
                    "Albany County Courthouse", "Mommy"],
      claims=[
          ("Jermayne Timmons fired the shot that killed Kathina Thomas",
           ["Timmons", "fired", "shot", "fatal", "killed", "Kathina", "shooter", "gunman", "bullet", "trigger"],
           [("David Rossi", A, [
               (1, "Prosecutor David Rossi said Timmons is charged with intentional murder because he intended to kill someone, although Kathina wasn't the target."),
               (3, "He said Timmons aimed and missed his target, instead striking the 10-year-old girl less than two seconds later."),
           ]),
            ("Peter Lynch", D, [
                (1, "In opening statements Tuesday, public defender Peter Lynch said then- 15-year-old Timmons was at the scene of the shooting and had a gun, but isn't the one who fired the fatal shot."),
                (3, "\"He's the patsy.\""),
                (4, "Public defender Peter Lynch admitting that Timmons had a gun but then dropping a bombshell, saying that while this case has many facts not in dispute, ultimately it is undisputed that Kathina Thomas died from a gunshot wound from a .45 caliber... but Jermayne Timmons had a .32"),
                (5, "\"The evidence in this case is gon na 'show factually that Jermayne is not the person who caused [Thomas'] death,\" Lynch told local media Monday."),
            ]),
            ("Elijah Coleman", A, [
                (3, "\"Jermayne fired the shot,\" he said."),
            ]),
            ("authorities", A, [
                (1, "According to authorities, the teenager told police he was with a group of people down the street from Kathina's home when they ran into a rival group and Timmons' fired a shot at them."),
            ]),
            ("Jermayne Timmons", A, [
                (1, "Timmons told police he fired when he thought he saw someone in the other group reach for a gun."),
            ]),
            ("King", U, [
                (5, "King provided an explanation, saying, \"The so-called apology note was posed more in the question of if [Timmons], in some way, could have been responsible, he would have been apologetic for it,\""),
            ]),
            ]),
          ("Timmons was at the scene of the shooting with a gun",
           ["Timmons", "gun", "scene", "handgun", "had"],
           [("Peter Lynch", A, [
               (1, "In opening statements Tuesday, public defender Peter Lynch said then- 15-year-old Timmons was at the scene of the shooting and had a gun, but isn't the one who fired the fatal shot."),
               (4, "Public defender Peter Lynch admitting that Timmons had a gun but then dropping a bombshell, saying that while this case has many facts not in dispute, ultimately it is undisputed that Kathina Thomas died from a gunshot wound from a .45 caliber... but Jermayne Timmons had a .32"),
           ]),
            ]),
          ("Timmons's gun was a .32-caliber revolver, not a .45",
           [".32-caliber", "revolver", "caliber", ".32", "handgun"],
           [("Peter Lynch", A, [
               (1, "Lynch said his client had a .32-caliber revolver, while autopsy results concluded that Kathina was killed by a .45-caliber bullet."),
               (3, "He said it was a .32-caliber revolver, not a .45-caliber handgun like the one that killed the girl."),
               (4, "Public defender Peter Lynch admitting that Timmons had a gun but then dropping a bombshell, saying that while this case has many facts not in dispute, ultimately it is undisputed that Kathina Thomas died from a gunshot wound from a .45 caliber... but Jermayne Timmons had a .32"),
           ]),
            ("Elijah Coleman", D, [
                (3, "They rode bikes to First and Judson streets, he testified, and Timmons, now 16, was armed with a .45-caliber handgun he had picked up under a trash can at the Ida Yarbrough apartments in Albany."),
            ]),
            ]),
          ("Kathina was killed by a .45-caliber bullet",
           [".45-caliber", ".45", "bullet", "killed", "Kathina"],
           [("Peter Lynch", A, [
               (1, "Lynch said his client had a .32-caliber revolver, while autopsy results concluded that Kathina was killed by a .45-caliber bullet."),
               (3, "He said it was a .32-caliber revolver, not a .45-caliber handgun like the one that killed the girl."),
               (4, "Public defender Peter Lynch admitting that Timmons had a gun but then dropping a bombshell, saying that while this case has many facts not in dispute, ultimately it is undisputed that Kathina Thomas died from a gunshot wound from a .45 caliber... but Jermayne Timmons had a .32"),
           ]),
            ]),
          ("Elijah Coleman lied in his testimony",
           ["lied", "lying", "testimony", "Coleman", "lie", "false"],
           [("Elijah Coleman", A, [
               (3, "He admitted he was lying."),
           ]),
            (OUTLET, A, [
                (3, "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday as the gunman who killed 10-year-old Kathina Thomas in May, then twice admitted he lied in his testimony."),
                (4, "Emotional testimony and at times lies are what jurors heard Tuesday in the trial of Jermayne Timmons, the teen accused of shooting and killing 10-year-old Kathina Thomas last May in Albany."),
            ]),
            ]),
          ("The witness's lies hurt the prosecution's case",
           ["hurt", "case", "lies", "district attorney"],
           [("David Soares", D, [
               (4, "The district attorney says this does not hurt their case."),
           ]),
            ]),
          ("Timmons got rid of the gun (the evidence)",
           ["rid", "evidence", "gun", "defendant", "recovered"],
           [("David Rossi", A, [
               (1, "Prosecutors are bringing the case against Timmons without a murder weapon, and Rossi noted Tuesday that the gun wasn't available because the defendant had gotten rid of it."),
               (3, "\"As that little girl lay bleeding to death on the sidewalk, this defendant pedaled off and got rid of the evidence,\" Rossi said."),
               (4, "Rossi telling the 7 woman, 5 man jury, \"As that little girl lay bleeding on the sidewalk, the defendant, Jermayne Timmons, pedaled his bike away and got rid of the evidence.\""),
           ]),
            ]),
          ("A shell casing found at the intersection matched the bullet from Kathina's body",
           ["shell", "casing", "matched", "bullet"],
           [("Witnesses for the prosecution", A, [
               (1, "Witnesses for the prosecution said a shell casing found at the intersection where the fatal shot was fired matched the bullet removed from Kathina's body."),
           ]),
            ]),
          ("Elijah Coleman shot the girl",
           ["Coleman", "shoot", "girl"],
           [("Elijah Coleman", D, [
               (3, "He testified Tuesday that he came forward to clear his name in early June, saying he did not shoot the young girl."),
           ]),
            ]),
      ])

# ---------------------------------------------------------------- 35b (tune)
# A football player arrested on suspicion of drunken driving, February 2009.
story("35b",
      speakers=[
          ("California Highway Patrol", O, [1, 2, 4, 7, 10, 11]),
          ("A. J. Smith", P, [1, 3, 4, 10, 11]),
          ("City Attorney's office", O, [1, 7, 10, 11]),
          ("Brian Pennings", P, [2, 6, 9]),
          ("Vincent Jackson", P, [2]),
          ("a spokesman", P, [3]),
          ("Pat Hodgkin", P, [3]),
          ("Gary Lawrence", P, [3]),
          ("authorities", O, [5]),
          ("Gina Coburn", P, [6, 9]),
      ],
      not_speakers=["Sunday", "Tuesday", "Wednesday", "Philip Rivers", "Pittsburgh", "San Diego",
                    "Lorenzo Neal", "Dean Spanos", "Steve Foley", "Shawne Merriman", "Stephen Cooper",
                    "NFL", "Safe Ride Solutions", "Winston-Shell Award", "Bentley", "Home Avenue",
                    "Interstate 805", "San Diego Superior Court", "Mothers Against Drunk Driving",
                    "The San Diego Union-Tribune", "Union-Tribune", "Most Valuable Player Award",
                    "Pro Bowl", "Clairemont", "Poway", "Coronado", "Jamal Williams"],
      claims=[
          ("Jamal Williams was arrested on suspicion of drunken driving",
           ["Williams", "arrested", "suspicion", "drunken", "driving", "DUI", "drunk"],
           [("California Highway Patrol", A, [
               (2, "Chargers defensive lineman Jamal Williams was arrested early Sunday on suspicion of drunken driving after he was speeding down state Route 94, the California Highway Patrol said."),
               (4, "According to the California Highway Patrol, defensive tackle Jamal Williams was arrested on suspicion of drunken driving last weekend on a freeway outside downtown."),
           ]),
            (OUTLET, A, [
                (1, "Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team's second such arrest in less than a month."),
                (3, "Arrested by the CHP on suspicion of drunken driving, he was booked into county jail and later released on bond."),
                (5, "Chargers defensive tackle Jamal Williams was arrested early Sunday for suspicions of driving under the influence."),
                (7, "San Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunk driving, the team's second such arrest in less than a month."),
                (8, "Chargers Jamal Williams arrested for DUI"),
                (10, "San Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team’s second such arrest in less than a month."),
                (11, "Jamal Williams, the defensive tackle for the San Diego Chargers was arrested on suspicion of drunk driving early morning on Sunday, February 1, 2009."),
            ]),
            ]),
          ("Williams was pulled over for speeding",
           ["Williams", "pulled", "speeding", "stopped"],
           [("California Highway Patrol", A, [
               (1, "Williams was pulled over for speeding early Sunday on a freeway outside downtown, the California Highway Patrol said."),
               (7, "Williams was pulled over for speeding early Sunday on a freeway outside the city's downtown area, the California Highway Patrol said."),
               (10, "Williams was pulled over for speeding early Sunday on a freeway outside downtown San Diego, the California Highway Patrol said."),
           ]),
            (OUTLET, A, [
                (3, "Williams, a three-time Pro Bowl nose tackle, was stopped for speeding westbound on state route 94 at approximately 1:30 a. m Sunday."),
                (5, "Williams was pulled over by the California Highway Patrol for speeding in a San Diego freeway."),
                (9, "Williams, 32, was pulled over for speeding in his Bentley on State Route 94 around 1:30 a. m. on February 1, but was arrested on suspicion of drunk driving."),
                (11, "Williams was initially pulled over for speeding on a freeway outside downtown."),
            ]),
            ]),
          ("The results of Williams's blood-alcohol test are known",
           ["results", "blood-alcohol", "test", "known", "released"],
           [("Brian Pennings", D, [
               (2, "Pennings said Williams gave a blood sample for a blood-alcohol test, but the results are not yet known."),
           ]),
            (OUTLET, D, [
                (1, "Williams gave a blood sample for a blood-alcohol test, but the results won't be known for a few weeks."),
                (3, "Results of Williams' blood-alcohol test have not been released."),
                (4, "However the results have not yet been divulged."),
                (5, "He was given a blood alcohol test but the results have not been revealed."),
                (7, "Williams gave a blood sample for a blood-alcohol test, but the results were not yet known."),
                (10, "Williams gave a blood sample for a blood-alcohol test, but the results were not yet known."),
            ]),
            ]),
          ("Williams's blood-alcohol level was 0.07 percent, just under the legal limit",
           ["0.07", "percent", "limit", "level", "legal"],
           [("Brian Pennings", A, [
               (6, "Results from a blood-alcohol test administered when Williams was arrested were released Wednesday, showing a level of 0.07 percent - - just under the state legal limit of 0.08 percent, California Highway Patrol Officer Brian Pennings told The San Diego Union-Tribune."),
           ]),
            (OUTLET, A, [
                (9, "The results from the test were released Wednesday and showed a level of 0.07 percent - - just under the California legal limit of 0.08 percent."),
            ]),
            ]),
          ("Williams was intoxicated when officers pulled him over",
           ["intoxicated", "Williams", "drunk", "pulled"],
           [("Brian Pennings", A, [
               (6, "He said the blood was drawn well after Williams' arrest, meaning he could have been intoxicated when when officers pulled him over for speeding in his 2008 Bentley."),
               (9, "CHP Officer Brian Pennings said that the blood had been drawn well after Williams' arrest, meaning he could have been intoxicated when officers had pulled him over."),
           ]),
            ]),
          ("Williams's case has been submitted to the City Attorney",
           ["case", "submitted", "City Attorney"],
           [("City Attorney's office", D, [
               (1, "The City Attorney's office said the case hadn't been submitted as of Tuesday."),
               (7, "The City Attorney's office said the case hadn't been submitted as of Tuesday."),
               (10, "The City Attorney’s office said the case hadn’t been submitted as of Tuesday."),
               (11, "According to the City Attorney’s office, Williams’ case had not been submitted as of Tuesday, February 3, 2009."),
           ]),
            ]),
          ("Williams's case remains under review (charges are being considered)",
           ["case", "review", "charges", "investigated", "considering", "remains"],
           [("Gina Coburn", A, [
               (6, "City Attorney spokeswoman Gina Coburn told the Union-Tribune the case remains under review and is being investigated further."),
               (9, "City Attorney spokeswoman Gina Coburn said the case remains under review and is being investigated further."),
           ]),
            (OUTLET, A, [
                (6, "The City Attorney's Office was considering today whether to file misdemeanor drunken-driving charges against Chargers defensive lineman Jamal Williams."),
                (9, "The City Attorney's Office is considering whether to file misdemeanor drunk-driving charges against Chargers defensive lineman Jamal Williams."),
            ]),
            ]),
          ("Vincent Jackson was on probation for a previous DUI arrest",
           ["Jackson", "probation", "previous", "DUI", "prior"],
           [("California Highway Patrol", A, [
               (1, "He was on probation for a previous DUI arrest, the CHP said."),
               (7, "He was on probation for a previous DUI arrest, the California Highway Patrol said."),
               (10, "He was on probation for a previous DUI arrest, the CHP said."),
               (11, "When he was arrested, he was on probation for a previous DUI arrest, according to the California Highway Patrol."),
           ]),
            (OUTLET, A, [
                (3, "Jackson, also facing charges of driving while on probation for a prior DUI, has an arraignment set for Feb. 17 in San Diego Superior Court."),
                (4, "Just last month, wide receiver Vincent Jackson, who was on probation for a previous DUI arrest, was pulled over for investigation of DUI."),
            ]),
            ]),
          ("Vincent Jackson is innocent",
           ["Jackson", "innocence", "innocent"],
           [("Vincent Jackson", A, [
               (2, "Jackson said in a statement at the time that he looked forward to proving his innocence."),
           ]),
            ]),
          ("The Chargers have always been leaders and positive contributors to the community",
           ["Chargers", "leaders", "contributors", "community", "positive"],
           [("A. J. Smith", A, [
               (1, "\"The Chargers have always been leaders and positive contributors to our community,\" Smith added."),
               (4, "In a statement released by the team, General Manager A. J. Smith noted, \"It's disappointing to hear about the issue involving Jamal Williams. We'll continue to monitor the situation and let the legal process run its course. The Chargers have always been leaders and positive contributors to our community. We take our stature in the community very seriously.\""),
               (10, "“The Chargers have always been leaders and positive contributors to our community,” Smith added."),
               (11, "He went on to say, “the Chargers have always been leaders and positive contributors to our community."),
           ]),
            ]),
      ])


def main():
    texts = labels.load_texts()
    lines, problems = labels.build(texts)
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
        out = os.path.join(labels.HERE, "labels-s14-tune.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
