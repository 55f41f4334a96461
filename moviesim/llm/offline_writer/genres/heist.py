"""Heist: a crew, a plan, a target, and the one thing nobody planned for."""

GENRE = {
    "label": "Heist",
    "keywords": ["heist", "robbery", "safecracker", "caper", "atraco", "braquage", "raub"],
    "weak_keywords": ["steal", "stolen", "thief", "thieves", "vault", "loot"],
    "tones": ["Slick, fast and funny until it isn't", "Cool nerves, hot tempers, a ticking clock",
              "Playful on the surface, real danger underneath", "Wry and professional, wheels coming off"],
    "themes": ["trust among thieves", "greed", "the perfect plan", "second chances", "loyalty for sale",
               "pride", "the last job", "family you choose"],
    "moods": ["electric", "tense", "cocky", "jittery", "focused", "giddy", "twitchy", "cool"],
    "speaking_styles": [
        "clipped and technical, talks in seconds and door numbers",
        "smooth as a salesman, calls everyone 'friend'",
        "nervous jokes, one after another, faster when scared",
        "says almost nothing, then exactly the right thing",
        "old-school and courtly, every threat wrapped in manners",
        "talks with hands, sketches plans in the air",
        "counts everything out loud: exits, guards, minutes",
        "bored drawl that slips the moment money comes up",
        "bossy, finishes other people's sentences for them",
        "cheerful and blunt, says the quiet part first",
    ],
    "titles": [
        "The {Setting} Job", "Nine Minutes at the {Setting}", "One Last Score", "Clean Hands",
        "The {Prop} Job", "Everybody Gets a Cut", "The Inside Man", "Nobody Walks Out Empty-Handed",
        "Breaking the {Setting}", "The Long Con", "The {Place} at Midnight", "Seven Thieves, Six Shares",
        "The Fake {Prop}", "{absent}'s Share", "The Getaway",
    ],
    "loglines": [
        "{hero} gathers {group} for one last job {where}: lift the {prop} in nine minutes, before {rival} "
        "notices it's gone.",
        "A crew with nothing in common but debts plans to rob {absent} {where}, and {ally} has already sold "
        "the plan.",
        "When {absent} vanishes with the crew's money, {hero} has one night {where} to steal it back from "
        "{rival}.",
        "{hero} and {rival} used to be partners; now they're planning to rob the same {place} on the same "
        "night.",
        "{hero} needs one more pair of hands for the {prop} job, and the only one available is {ally}, who "
        "talks.",
        "The plan is perfect, the crew is not: {where}, {hero} has nine minutes and one traitor too many.",
        "{ally} gets inside {where} as a decoy, and finds out the {prop} was stolen before the crew arrived.",
        "To pay off {rival}, {hero} must rob the one place {where} that {absent} swore could never be robbed.",
    ],
    "questions": [
        "Who among {group} sold the plan, and what did it buy them?",
        "Can {hero} get the {prop} out of the {place} before the crew tears itself apart?",
        "Who tipped off {rival}, and why on the night of the job?",
        "What really happened to {absent}'s share of the last score?",
        "Is the job real, or is {hero} the one being robbed?",
        "Which member of the crew was never in it for the money?",
        "Will {hero} trust {ally} with the last nine minutes?",
        "Who swapped the {prop}, and where is the real one?",
    ],
    "truths": [
        "{culprit} sold the plan: {secret_they}, and {absent} paid for it.",
        "{culprit} was running a second job inside the first: {secret_they}.",
        "It was {culprit} all along. {secret_they}, and every leak led straight back.",
        "{culprit} never wanted the {prop}; {secret_they}, and the heist was only cover.",
        "{culprit} tipped off {rival}, because {secret_they} and a deal was the only way out.",
        "The fake was {culprit}'s work: {secret_they}, and the real {prop} never left the {place}.",
        "{culprit} set up the crew to take the fall. {secret_they}.",
        "{culprit} brought the police in, because {secret_they} and turning on the crew came cheaper.",
    ],
    "resolutions": [
        "The bag comes out of the {place} lighter than it went in, and {culprit} can't explain why: "
        "{secret_they}.",
        "At the last second {culprit} goes for the {prop}, and the crew is ready: {secret_they}, and they planned "
        "around it.",
        "{hero} lets the alarm ring and turns to {culprit}: {secret_they}, and the whole job was the trap.",
        "The doors open, the police pour in, and {culprit} is the only one still inside.",
        "{culprit} makes the switch, but the crew switched first: the fake goes to {rival}, the real {prop} goes "
        "home.",
        "Cornered in the {place}, {culprit} finally talks. {secret_they}. The crew splits the take without them.",
        "{culprit} gets away with the case, and opens it at dawn to find nothing but a note from {hero}.",
        "The clock hits nine minutes; {culprit} is standing at the wrong door, and everyone knows why: "
        "{secret_they}.",
    ],
    "options": [
        "{hero} goes into the {place} alone",
        "{ally} swaps the {prop} for a fake",
        "The crew calls the job off",
        "{rival} is fed the wrong plan",
        "{hero} confronts {ally} about the leak",
        "Someone cuts the power early",
        "The crew moves the job up to tonight",
        "{rival} is offered a share to keep quiet",
        "{ally} goes to case the {place2}",
        "{hero} tells the crew the real target",
    ],
    "secrets": [
        "Sold the plan to {absent} for a flat fee",
        "Copied the {prop} at {time} for someone outside the crew",
        "Is working with the police in exchange for a clean record",
        "Owes {absent} more money than the job will ever pay",
        "Knows about a second alarm in the {place} and said nothing",
        "Planned to take the {prop} alone and leave the crew holding an empty bag",
        "Swapped the real {prop} for a fake a week ago",
        "Was caught on the last job and cut a deal",
        "Has been skimming from every share since the first job",
        "Told {absent_role} the date of the job",
        "Left the side door of the {place} unlocked on purpose",
        "Hid a tracker in the getaway bag",
        "Met {absent} in secret at {time} the night before",
        "Took the guard's keys and never put them back",
        "Lost the crew's float at cards last month",
        "Forged the floor plan of the {place}",
        "Broke into the {place} alone last week to rehearse",
        "Keeps a second passport under a different name",
        "Made the phone call that sank {absent}'s last job",
        "Sent the guard rota to a rival crew",
        "Paid {absent_role} to look the other way at {time}",
        "Wants the {prop} for a reason that has nothing to do with money",
        "Lied about ever opening a lock like the one on the {prop}",
        "Stole {absent}'s share of the last score",
        "Gave the crew's names to a buyer as insurance",
        "Recorded every briefing on a pen in a breast pocket",
    ],
    "motivations": [
        "pull off one last job and disappear",
        "pay off {absent} before the interest does the talking",
        "steal the {prop} before anyone notices it's missing",
        "prove the old hands still work",
        "get a clean share and a clean start",
        "settle an old score with {absent}",
        "walk out of the {place} clean this time",
        "find out who sold the last plan",
        "keep the crew together for one more night",
        "put the {prop} back where it belongs",
        "buy back the family name",
        "beat {absent}'s record at the {setting}",
        "rob the people who robbed {absent}",
        "make enough to never do this again",
    ],
    "goals": [
        "memorise the guard rota by {time}",
        "get the {prop} copied before anyone misses it",
        "keep the crew sober until the job",
        "find out who talked",
        "plant the fake {prop} in the {place}",
        "keep the getaway car out of sight",
        "learn the code to the {place}",
        "get a look inside the {place2} without being seen",
        "turn the buyer against {absent}",
        "win the crew's vote on the date",
        "keep the second bag hidden",
        "get {absent_role} out of the way at {time}",
    ],
    "fears": [
        "going back inside",
        "being sold out by the crew",
        "losing nerve at the lock",
        "the alarm nobody found",
        "getting too old for this",
        "being the one left holding the {prop}",
        "the {place} after dark",
        "a plan that works too well",
        "trusting the wrong partner",
        "a car door slamming at {time}",
        "dying broke",
        "being recognised",
    ],
    "confessions": [
        "{Fine|All right|There}. {secret_i}. Happy now, {addr}?",
        "You want it? Here. {secret_i}, and I'd {do it again|do it all again|do the same tomorrow}.",
        "I'm done {carrying it around|lugging it around|sitting on it}. {secret_i}.",
        "Before the {alarm goes|alarm trips|sirens start}, you should hear this: {secret_i}.",
        "{secret_i}. I {was going to|meant to|was always going to} tell you "
        "{after the split|once we'd split the take|when the money was divided}.",
        "{Pause|Stop} the clock {a second|for one second|a moment}. {secret_i}, {addr}.",
        "The truth, since {nobody's leaving|we're all stuck here|nobody's going anywhere}: {secret_i}.",
        "Yes. {secret_i}. Don't {look at me like that|give me that look|stare at me like that}, {other}.",
        "It was me, {all right|okay|fine}? {secret_i}, and it {went sideways|went wrong|got out of hand}.",
        "Put the {prop} down and {listen|hear me out|listen to me}. {secret_i}.",
        "Here's what {never made the whiteboard|never went on the board|I left off the plan}: {secret_i}.",
        "I swore I'd never {say it|tell anyone|say this} {on a job|mid-job|in the middle of a job}. {secret_i}.",
        "You'll {hate me|never forgive me|want me gone}. Fine. {secret_i}.",
        "Call it my {share of the honesty|cut of the truth|honest share}, {addr}: {secret_i}.",
    ],
    "gestures": [
        "{name} checks {a wristwatch|the time|a watch}, then {checks it again|checks again|looks once more}.",
        "{name} spreads the {prop} flat and {pins the corners|weighs it down|holds the edges down} with "
        "{coffee cups|two mugs|whatever's handy}.",
        "{name} {tosses|lobs|slings} the {prop} to {addr} without looking.",
        "{name} cracks {each knuckle|every knuckle|the knuckles}, one {at a time|by one|after another}.",
        "{name} peels off {one glove|a glove|the left glove} and {flexes the fingers|flexes each finger|"
        "works the fingers loose}.",
        "{name} taps {an earpiece|the earpiece} twice, {listens|listens hard|waits}, "
        "{taps it again|taps once more|then taps again}.",
        "{name} circles {something|a spot|one door} on the {map|floor plan|blueprint}, "
        "{hard enough to tear it|nearly through the paper|pressing hard enough to tear}.",
        "{name} slides {a thick envelope|a fat envelope|a brown envelope} across to {addr}.",
        "{name} {leans against|presses an ear to|puts a palm on} the door of the {place}, listening.",
        "{name} counts the exits {under one breath|in a whisper|silently, lips moving}.",
        "{name} shuffles {a deck of cards|a pack of cards|a worn deck} without {looking at it|looking down|a glance}.",
        "{name} pockets the {prop} {in one smooth motion|without a sound|like a magician}.",
        "{name} unwraps a {mint|boiled sweet|toffee}, very slowly, and {doesn't eat it|never eats it|puts it back}.",
        "{name} drums {a quick rhythm|a fast beat|two fingers} on the table and {stops dead|stops short|suddenly "
        "stops}.",
        "{name} rolls a coin {across the knuckles|over each knuckle|along the knuckles} and "
        "{drops it|fumbles it|lets it fall}.",
        "{name} jams {a chair|a chair back|a wedge} under the {handle|door handle|doorknob}.",
        "{name} wipes the {prop} clean {with a sleeve|with a cuff|on a trouser leg}.",
        "{name} glances at {other}, then away, {too fast|too quickly|a beat too soon}.",
        "{name} zips the {duffel bag|holdall|kit bag} shut and {sits on it|pats it twice|sits down on it}.",
        "{name} starts {a stopwatch|a timer|the stopwatch} and shows {addr} the {dial|display|numbers}.",
        "{name} pulls a second phone {out of a boot|from a sock|out of a jacket lining}.",
        "{name} grins, wide and {completely unconvincing|not remotely convincing|utterly fake}.",
        "{name} tilts the {lamp|desk lamp|torch} so it {shines|glares|points} in {addr}'s face.",
        "{name} unrolls {a set of lock picks|a canvas pick wallet|the lock picks} like "
        "{a surgeon laying out tools|a surgeon before surgery|a chef laying out knives}.",
        "{name} mouths the {digits of a code|code|combination}, {eyes shut|eyes closed|counting on fingers}.",
        "{name} {kicks|shoves|nudges} the bag under the {table|chair|bench}.",
        "{name} straightens {addr}'s {collar|tie|lapels}, a little {too tightly|too firmly|too long}.",
        "{name} {peers|squints} through {a gap in the blinds|the slats of the blind|a crack in the curtains}.",
        "{name} holds up {three fingers, then two|three fingers, then one|four fingers, then three}.",
        "{name} scribbles {a figure|a number|a sum} on {a napkin|a beer mat|the back of a receipt} and "
        "{slides it over|pushes it across|turns it round}.",
        "{name} snaps the {prop} into {a case|a steel case|an attaché case} and "
        "{spins the combination|scrambles the lock|spins the dials}.",
        "{name} {sniffs the air|sniffs once|takes a sniff} near the {place}, {frowning|nose wrinkled|not liking it}.",
        "{name} loosens {a tie|a collar|a scarf}, {reconsiders|thinks better of it|stops}, and tightens it.",
        "{name} freezes, {the way people do|like a rabbit|the way thieves do} when a camera "
        "{turns|swings round|moves}.",
        "{name} weighs the {prop} in {one palm|one hand|a palm} like {fruit at a market|a greengrocer|"
        "a jeweller would}.",
        "{name} unplugs {something|a cable|a box} behind the {desk|cabinet|radiator}, "
        "{quite calmly|very calmly|without hurrying}.",
        "{name} claps once. {Everybody jumps|Everyone jumps|The whole crew jumps}.",
        "{name} jots {other}'s {timings|times|split times} in a {tiny notebook|little notebook|pocket diary}.",
        "{name} bites the cap off {a marker|a pen|a felt tip} and {redraws the route|redraws the way out|"
        "draws a new route}.",
        "{name} puts both hands flat {on the table|on the desk|on the counter}, {very slowly|slowly|carefully}.",
        "{name} hums {off-key|tunelessly|a nursery rhyme} to cover {the clicking of the lock|the click of the lock|"
        "the lock's clicks}.",
        "{name} flips the {prop} over and {studies the underside|inspects the bottom|checks underneath}.",
    ],
    "narration": [
        "A police scanner crackles somewhere, then goes quiet.",
        "A security camera swivels, pauses, swivels back.",
        "Somewhere above, a helicopter circles once and moves on.",
        "The {prop} sits in the middle of the table, and nobody looks straight at it.",
        "A lift hums past their floor and keeps going.",
        "Rain ticks on the window like a slow countdown.",
        "Someone's coffee has gone cold by the {place}; a skin forms on it.",
        "The vent hisses. For a second it sounds like a voice.",
        "Headlights sweep across the ceiling and are gone.",
        "Down the hall, a door clicks shut that nobody opened.",
        "The second hand sounds louder than it has any right to.",
        "The smell of solder and cold pizza hangs over the {place}.",
        "Outside, a siren rises, passes, and fades toward somewhere else.",
        "A phone buzzes face-down on the table. Nobody claims it.",
        "The floor plan curls at one corner, as if trying to roll itself up.",
        "Past {time} now. The building settles into its night noises.",
        "Beyond the {place}, a guard's keys jingle closer, then further off.",
        "Dust drifts through the single torch beam.",
        "The fridge stops humming, and the silence is worse.",
        "Every exit sign in the {place} glows the same patient green.",
        "Outside, an engine idles at the kerb, then pulls away empty.",
    ],
    "events": [
        "The silent alarm trips: a red light begins to pulse above the {prop}.",
        "A second crew arrives at the {place}, dressed for the same job.",
        "Every earpiece goes dead at once, mid-sentence.",
        "The {prop} comes out of its case, and it's a fake.",
        "A guard who should be off shift walks into the {place}, whistling.",
        "The getaway car is towed away in plain sight.",
        "The power cuts out; the backup lights come up a sickly orange.",
        "A phone rings inside the bag. It belongs to {absent}.",
        "A fresh red circle appears around the {place2} on the crew's map, and nobody will own up to it.",
        "The buyer calls early: the price has just halved.",
        "The police scanner reads out the crew's address.",
        "The timer on the lock resets itself to zero.",
        "The doors of the {place} seal with a heavy, final clunk.",
        "{absent_role} walks in, very much not where the plan said.",
        "A courier arrives with a package addressed to the crew, by name.",
        "The sprinklers burst on, soaking the floor plan and the {prop}.",
        "A camera that was supposed to be dead swivels toward the crew.",
        "Word comes that the {prop} is being moved at {time}, not at dawn.",
        "A knock at the door: three short, one long. Only {absent} knocks like that.",
        "The lock opens on the first try, which is far worse than failing.",
        "Somebody's share has gone from the bag, and the zip is still closed.",
    ],
    "exits": [
        "{name} grabs the car keys and is gone before anyone can move.",
        "{name} is marched off by two security guards, still protesting.",
        "{name} storms out of the {place}; the door bangs so hard a camera shakes loose.",
        "{name} slips out through the {place2} and doesn't come back.",
        "{name} slides down the wall, white as paper, and can't get another word out.",
        "{name} walks off with the {prop}, whistling, and the door locks behind.",
        "{name} takes a call, goes pale, and leaves without a word.",
        "{name} is bundled into a car outside; its tail lights vanish down the road.",
        "{name} faints at the first note of the alarm and has to be carried out.",
        "{name} throws the cut on the table, says nothing, and walks.",
        "{name} steps out for air and is caught on the stairs by {absent_role}.",
    ],
    "openings": [
        "The {place}, {time}. Floor plans cover every surface, weighed down with coffee cups and one very "
        "expensive pen.",
        "Someone has drawn the {place} on a whiteboard and circled the {prop} three times. The marker is "
        "drying out.",
        "The {place} smells of solder and takeaway. A laptop counts down from nine minutes, paused.",
        "It is {time}, and the {place} is too quiet. The crew pretend not to count the exits.",
        "A duffel bag sits open in the {place}, half full of tools. The {prop} is nowhere near it, yet.",
        "Rain on the skylight over the {place}. A map of the building is taped to the wall, every door "
        "numbered.",
        "The {place} has been emptied of everything but chairs and nerves. On the table: the {prop}, and a "
        "stopwatch.",
        "Someone left the lights low in the {place}. Six chairs, five people, one seat kept for {absent}.",
        "Thirty minutes until {time}. In the {place}, the crew checks gear they've already checked twice.",
        "A van idles outside. Inside the {place}, someone is stacking fake passports like a hand of cards.",
        "The {place} looks like a party after everyone went home. Only the guard rota taped to the fridge gives "
        "it away.",
        "Midnight, near enough. The {place} is dark but for one torch trained on the {prop}.",
        "Two rival plans are pinned side by side in the {place}. Both have the {prop} circled in red.",
        "The job is tomorrow. Tonight the {place} is full of takeaway boxes and very short tempers.",
        "The {place} at {time}: a camera's red light blinks in the corner. Someone has hung a coat over it.",
        "The {place2} is twenty metres away, through two doors and a guard. In the {place}, the crew waits.",
        "Somebody has laid the {prop} out on a tea towel in the {place}, like evidence. The kettle has just "
        "boiled.",
    ],
    "tactics": {
        "press": [
            "What time did you {really leave|actually leave|truly walk out of} the {place}, {addr}? "
            "Not the {version for|story you told|one you gave} {other}.",
            "Who else has {seen|touched|handled} the {prop}? Names, {addr}.",
            "Why does {other} think the {window moved|job moved|date changed}? "
            "{Who told them|Who said so|Where'd they hear it}?",
            "How did {the guard|the night guard|security} know to {check|look in|sweep} the {place}?",
            "Walk me through your {nine minutes|route|part of it}. {Every minute|Second by second|Step by step}.",
            "What did {absent} pay you for the {floor plan|layout|blueprints}?",
            "Your phone {lit up|buzzed} twice {during the briefing|in the briefing|while I was talking}. "
            "{Who's texting you|Who's messaging you|Who wants you} at {time}?",
            "Look at me, {addr}. Did you {make the copy|copy it|make a duplicate}, {or not|yes or no}?",
            "{Front door or side door|Side door or back door|Front or back}, {addr}? "
            "Which one {did you leave open|did you leave unlocked|did you prop open}?",
            "You counted the {cameras|guards|doors}. So why {did you count one short|are we one short|did you miss "
            "one}?",
            "Who gave you {the code|the combination} for the {prop}? {It wasn't me|Not me|Not me, that's certain}.",
            "Since when do you {take the long way out of|go the long way round|wander out the back of} the {place}?",
            "{Straight answer|Plain answer|Yes or no}, {addr}: are you {still with us|still in|still on the crew}?",
            "What's in the {second bag|other bag|spare bag}, {addr}?",
            "How much {do you owe|are you in for|are you down}, {addr}, and to whom?",
        ],
        "accuse": [
            "You sold the {plan|floor plan|whole plan}, {addr}. I can {smell the money on you|see it on you|"
            "smell it on you}.",
            "The {alarm code|door code|guard rota} changed {the day you joined|the week you joined|right after you "
            "joined}. "
            "{Funny, that|Funny coincidence|Odd, that}.",
            "You moved the {prop}. {other} {saw you at it|watched you do it|saw you}.",
            "You've been running {your own job|a side job|a second job} inside ours, {addr}.",
            "Somebody tipped off {absent}, and you're the one {with the burner phone|with a burner|with two phones}.",
            "You weren't {late to|held up getting to|slow getting to} the {place}. You were {busy|working|busy "
            "elsewhere}.",
            "That's {absent}'s {watch|ring|cufflink} you're wearing, {addr}. {Explain it or don't|Explain that|"
            "Go on, explain}.",
            "You {pocketed|took|skimmed} a share before {we'd even opened|anyone had opened|we'd cracked} the {prop}.",
            "The guards knew our {names|faces|timings}, {addr}. Only you {had the list|saw the list|had that list}.",
            "You never {cut|killed|switched off} the camera in the {place}. You {just said you did|only said so|"
            "just told us you did}.",
            "You're {wearing a wire|wired|carrying a wire}, {addr}. Or you were {an hour ago|this morning|at the "
            "briefing}.",
            "Every {plan|job} you touch goes wrong {by exactly one minute|by one minute exactly|by sixty seconds}.",
            "Your fake {prop} is {better than|finer than|nicer than} the one you {showed us|brought us}. "
            "{Who's the real one for|Who gets the real one|Who's the original for}?",
            "You drove past the {place} {twice last night|twice yesterday|three times this week}. "
            "{Casing it for someone else|Casing it for a friend|Who were you casing it for}?",
        ],
        "deflect": [
            "{Funny you should ask|Rich question|Bold question}, with {your prints|your fingerprints|your hands} "
            "all over the {prop}.",
            "Ask {other}. They had {the earpiece|the radio|the headset}, not me.",
            "We're on the clock, {addr}. {Interrogate me|Grill me|Quiz me} {on a beach somewhere|somewhere sunny|"
            "on a yacht later}.",
            "Maybe check your own {pockets|bag|coat} before you {check mine|go through mine|search mine}.",
            "Why is everyone {looking at me|staring at me|watching me} and nobody at the {place}?",
            "I'll answer that {when you tell me|once you explain} where your {cut|share|money} went "
            "{last time|on the last job|after the last score}.",
            "You want a {traitor|rat|leak}? Start with {whoever picked this crew|whoever hired us|the one who picked "
            "us}.",
            "That's a {great|brilliant|lovely} question for {absent}. {Shame they're not here|Pity they're not around|"
            "Too bad they're gone}.",
            "Let's {argue|fight about it|have this out} after we're {rich|paid|clear}. "
            "{Fewer witnesses|Fewer cameras|Better lighting}.",
            "{Weren't you the one who|Wasn't it you who|Remind me who} {insisted on|picked|pushed for} {time}?",
            "Sure, blame {the new kid|the new one|the driver}. {Classic|Typical|Very original}, {addr}.",
            "Who's {sweating through their gloves|got the shakes|sweating like a sinner}? Not me, {addr}.",
            "Say it {louder|a bit louder|again, louder}, {addr}. The guard by the {place} "
            "{didn't catch it|missed it|didn't quite hear}.",
            "{Interesting theory|Lovely theory|Nice theory}. Here's another one: {you|it was you|you did it}.",
        ],
        "bargain": [
            "Give me the {prop} and {other}'s {share|cut} is yours. {Deal|Agreed|Yes}?",
            "{Ten|Fifteen|Five} percent more, {addr}, and I {forget what I saw|never saw a thing|saw nothing}.",
            "You keep the {cameras|alarms|lights} off; I keep {your name|you} {off the list|out of it}.",
            "I'll take the {place}. You take {the risk|the danger|the heat} and the "
            "{bigger cut|larger share|extra ten percent}.",
            "Tell me who {called|rang|tipped off} {absent}, and {the drinks are on me|I'm buying} "
            "{for life|for a year|forever}.",
            "Split it {three ways instead of four|three ways, not four|between us three}. "
            "Nobody {needs to know why|has to know why|needs the reason}.",
            "I know {a buyer|someone who'll pay|a fence} for the {prop}. You know {the way out|the exits|the back "
            "way}. "
            "{Partners|Deal|In}?",
            "Cover me for {two minutes|ninety seconds|one minute} and {the passports are yours|"
            "the passports are yours to keep|you get the passports}.",
            "{Swap places|Trade places|Switch jobs} with me tonight, {addr}. You owe me {that much|at least that|one}.",
            "{Half of mine|Half my cut|A third of my share} if you keep {other} {busy|talking|out of the way} "
            "until {time}.",
            "Get me {inside|into|through} the {place} and we're {square|even|quits}. "
            "{All of it, forgotten|Everything forgotten|Slate wiped}.",
            "I'll {drive|do the driving}. You hold {the bag|the money|the case}. {Fifty-fifty|Even split|Half each}, "
            "no questions.",
            "One favour, {addr}. After that I'm {a ghost|gone|smoke}.",
            "Name {a number|your price|a figure}. Everybody in {this room|this crew|here} has one.",
        ],
        "threaten": [
            "Cross me, {addr}, and the police get {a postcard with your face on it|your photo in the post|"
            "your name and address}.",
            "I can {leave you|lock you} in the {place} when the doors {lock|seal|shut}. Don't {test me|try me|push "
            "me}.",
            "One word to {absent} and you {walk home|hitch home|walk back}. "
            "{From very far away|From another country|Barefoot, from the coast}.",
            "I've kept {copies|photos|records} of everything you {touched|handled|signed}. "
            "{Everything|All of it|Every last thing}.",
            "Touch the {prop} again and you're {out|finished|done}. No cut, {no ride|no lift home|no alibi}.",
            "You'd be {amazed|surprised} how fast I {can lose|lose|misplace} {a set of car keys|the car keys|"
            "your ride home}.",
            "Keep lying, {addr}, and I tell {other} what {happened|really happened|went on} "
            "{on the last job|on the bank job|last winter}.",
            "The {alarm|sirens} can go off {early|ahead of time|a little early}. "
            "{I can arrange that|That's easily arranged|I know how}.",
            "Your name goes to {the buyer|our buyer|the fence} as {the one who kept it all|the one who skimmed|"
            "the thief among thieves}.",
            "{Last warning|Final warning}, {addr}. After this I {stop being charming|stop being nice|stop smiling}.",
            "I {drove you in|brought you in|got you inside}. I don't {have to|need to} "
            "{drive you out|get you out|take you home}.",
            "Do it my way, {addr}, or do it {alone in the dark|on your own|alone, without a driver}.",
            "I'll {swap|switch} your passport for {a library card|a bus pass|a raffle ticket}. "
            "Try {crossing a border|getting through customs|flying anywhere} with that.",
            "Every guard by the {place} gets {your description|your photo|your name} by {time}.",
        ],
        "charm": [
            "Nobody opens a {prop} like you, {addr}. {Nobody alive|Not a soul|Nobody living}.",
            "You never panic, {addr}. {I notice that|I like that|People notice}.",
            "{Come on|Look}. You and me {were always|have always been} the {good part|best part|bit that worked} "
            "of the {plan|job|crew}.",
            "I built {this job|the whole plan|this one} around your hands, {addr}. "
            "Don't make me {rebuild it|start again|find someone else}.",
            "You look like {money|a million|a payday} tonight. Let's {go and get some|go get some|go earn it}.",
            "The others need {a plan|a map|instructions}. You just need {a reason|a nudge|one reason}. "
            "{Here's one|Here it is|Here you go}.",
            "{I'd trust you|You I'd trust} with the {prop}. I wouldn't trust {other} with "
            "{a spoon|a teaspoon|a bus ticket}.",
            "Remember the {place} job? You were {magnificent|brilliant|unstoppable}. "
            "{Be that again|Do that again|Be that tonight}.",
            "{Keep smiling|Stay calm|Keep your nerve} and you'll {walk out|leave here|come out} richer than "
            "{absent} ever was.",
            "You make {nine minutes|a nine-minute window|a tight window} look like {an afternoon|a lazy Sunday|a "
            "stroll}, "
            "{addr}.",
            "If anyone can {talk us past|get us past|sweet-talk us past} the {place}, it's {that face|you|that smile}.",
            "I {brought you in|picked you|chose you} because you're {better than me|better than I am|the best}. "
            "Don't tell {the others|the crew|anyone}.",
            "Relax, {addr}. They'll {write songs|tell stories|make films} about this one.",
            "{Best hands in the business|Finest hands in town|Best hands I've seen}, and you're wasting them "
            "{on worry|on nerves|fidgeting}.",
        ],
        "plead": [
            "Please, {addr}. One more {night|job|score}, and then I'm {out for good|done for good|gone, I swear}.",
            "I need this {job|score|one}. Not want. Need. {Don't pull it|Don't cancel|Don't kill it}.",
            "If the {prop} doesn't {come out|leave with us|get out} tonight, they "
            "{come for my family|come for my kids|come for my mother}.",
            "Don't {call it off|pull the plug|bail on me}, {addr}. I sold {everything I had|my car|the flat} to be "
            "here.",
            "Give me {five minutes|five short minutes} in the {place}. {Five|Just five|Five, that's all}.",
            "I'm asking as {a friend|your friend|a mate}, not as {your partner|crew|a partner}. "
            "{Wait|Please wait|Hold off}.",
            "Just {hold the door|keep watch|watch the stairs}, {addr}. I'll do {the rest|everything else}, I swear.",
            "Don't {leave me|strand me} on the {wrong side|far side|locked side} of the {place}.",
            "Let {other} go. They {didn't sign up for|never signed on for|never agreed to} {this part|this|any of "
            "this}.",
            "I can't {go back inside|do time again|go back to prison}, {addr}. {Not twice|Not again|Not ever}.",
            "You owe me {one|a favour}. I'm {calling it in|cashing it in|collecting}. {Right now|Tonight|Here}.",
            "Look at this {face|mug}. {Is that|Tell me, is that|Be honest, is that} the face of "
            "{someone who'd sell you out|a traitor|a rat}?",
            "Trust {the plan|me} {one more hour|till midnight|a little longer}. "
            "Then {hate me all you like|hate me|call me names}.",
            "Please don't tell {absent}. {Tell anyone|Tell the world|Tell the police}, {addr}, but not them.",
        ],
        "confide": [
            "I've never {done one|pulled one|tried one} this big, {addr}. My {hands know it|hands can tell|"
            "hands are shaking}.",
            "The money isn't {for me|mine to keep}. {It never was|Never has been|It's for someone else}.",
            "My {father|mother|uncle} did time for {a job like this|one like this|this kind of job}. "
            "I visited {every Sunday|every week|twice a month}.",
            "I nearly {walked away|quit|bailed} at {time}. Got as far as {the car|the door|the corner}.",
            "You want the {truth|honest answer}? The {place} scares me. {Always has|Always did|Since day one}.",
            "I drew my first {plan|job|heist} on {a napkin|a beer mat|a school desk} when I was "
            "{nineteen|fourteen|a kid}.",
            "I still {dream about|think about|dream of} the last job, {addr}. The one that "
            "{went wrong|went bad|went sideways}.",
            "{absent} taught me to {pick locks|open safes|read a lock}. I never {paid them back|thanked them|repaid "
            "a penny}.",
            "If this goes {south|wrong|bad}, tell my {sister|brother|mum} I was good "
            "{at something|at this|at one thing}.",
            "I don't sleep {before a job|the week of a job|before the big ones}. "
            "{Three nights now|Haven't for days|Not a wink since Monday}.",
            "{Between us|Honestly|Just between us}? I might not {be able to open|manage to open|get into} the {prop} "
            "at all.",
            "I kept {a little back|some back|a bit aside} from the last one, {addr}. "
            "For {a night like this|a rainy day|nights like this}.",
            "There are two {people|souls} I trust, {addr}. You're one. The other's {gone|dead|inside}.",
            "I count exits everywhere. {Restaurants, weddings|Cinemas, churches|Shops, funerals}. "
            "{Since I was a kid|Always have|Since I was small}.",
        ],
    },
    "replies": {
        "to_question": [
            "Because I {counted|checked|looked}, {addr}, and you didn't.",
            "{No|Nope}. Next question, and {make it a better one|make it a good one|make it count}.",
            "In the {place}, at {time}. Ask {other} if you {don't believe me|doubt me|like}.",
            "{Nine minutes|Nine minutes flat|Under nine}. Same answer as {yesterday|last time|always}.",
            "You really want {that answer|to know} with the {clock running|clock ticking|timer going}?",
            "I was {with the van|in the van|minding the van}. {The van can't lie|Ask the van|The van's my alibi}.",
            "{Short answer|Quick answer}: yes. {Long answer: later|The long one can wait|Details later}.",
            "Why? Because the {prop} was {sitting right there|right there|just lying there}, {addr}.",
            "Nobody. I told {nobody|no one|no living soul}. Not even {my mirror|my cat|my mum}.",
            "Ask me {once we're clear of|when we're out of|after we're past} the {place}.",
            "{Honestly|Truthfully}? I don't {know|have a clue}, and that {bothers me too|worries me too|keeps me up}.",
            "Nope. Not touching {that one|that|that question}.",
            "{Twice|Two times}. I checked it twice, {addr}.",
            "Who's asking: you, or {whoever you're calling later|whoever you report to|your friend on the phone}?",
        ],
        "to_accusation": [
            "Me? {I'm the one who|I'm the one that} {found the leak|sniffed out the leak|caught the leak}, {addr}.",
            "If I'd {sold you out|sold you|talked}, you'd be {in cuffs already|in cuffs by now|in a cell already}.",
            "{Nice try|Good try|Cute}. I was holding the {prop} {the whole time|all along|the entire time}.",
            "{Fine|All right|Okay}, I moved it. {Moving isn't stealing|Moving's not stealing|That's not theft}.",
            "One more {word like that|crack like that|accusation} and I walk, and "
            "{the plan walks with me|the plan goes with me|so does the plan}.",
            "Check the {tapes|footage|recordings} from the {place}. Then {apologise|say sorry|apologise nicely}.",
            "That's {rich|funny|cute}, coming from {the one with|someone with|the person with} "
            "{two phones|a burner|two passports}.",
            "{Yes|Yeah}. I did. And it {saved your neck|saved your skin|kept you out of a cell}, {addr}.",
            "Wrong {thief|crook|suspect}, {addr}. Try again.",
            "You think I'd risk {my cut|my share|my neck} for {absent}? {Look at me|Really|Come on}.",
            "{All right|Okay|Fine}, that one's {fair|fair enough|a fair hit}. {Part of it|Some of it|Half of it}.",
            "I've been accused by {better crooks|bigger crooks|better thieves} than you.",
            "{Funny|Cute}. {other} has a whole {theory|file|story} about you.",
            "{Prove it, or drop it|Prove it or let it go|Proof, or silence}. Those are your {options|choices|two "
            "options}.",
        ],
        "to_statement": [
            "Noted. Filed. {Ignored|Forgotten|Shredded}.",
            "That's not how {the plan went|the plan read|it looked} when I {drew it|drew it up|wrote it}.",
            "{Lovely speech|Nice speech|Moving stuff}, {addr}. The clock {didn't stop for it|kept running|didn't "
            "care}.",
            "Sure. And I'm {the Queen|the King|the Pope} of the {place}.",
            "Maybe. Maybe it's {worse than that|even worse|worse}.",
            "Right. So we're {improvising now|making it up now|winging it}. {Great|Wonderful|Marvellous}.",
            "You sound {very sure|awfully sure|very certain} for someone who {wasn't there|wasn't in the room|missed "
            "it}.",
            "{Good|Fine}. Then we agree on {one thing tonight|something, at last|one thing, finally}.",
            "I heard you {the first time|already|loud and clear}, {addr}.",
            "That changes {the numbers|the split|the arithmetic}. {Not the plan, though|The plan stands|"
            "Not the plan, mind}.",
            "{Hold that thought|Hang on|Wait}. Somebody check the {prop}.",
            "Is that {a fact|the truth}, or {a feeling|a hunch|a guess}?",
            "{Tell that to|Go tell that to|Say that to} {absent}.",
            "Okay. Okay. Give me {a second|a minute|a moment} with that.",
        ],
        "to_reveal": [
            "So {secret_you}, and you let me {plan around it|build a plan on it|draw it all up anyway}?",
            "{Hang on|Wait}. All this time {secret_you}?",
            "You're telling me {secret_you}. {On a job night|Tonight of all nights|On the night}.",
            "And {secret_you}? That's why the {numbers never worked|numbers never added up|maths never worked}.",
            "{Unbelievable|Incredible}, {addr}: {secret_you}, and you still {took a cut|took your share|wanted a cut}.",
            "Wait, {secret_you}? {Who else knows|Who else was told|Does anyone else know}?",
            "So that's {the reason|the catch|why}: {secret_you}.",
            "Of course {secret_you}. I should've {charged you rent|seen it coming|known}.",
            "{Nine years|Ten years|All these years} I've known you, and {secret_you}?",
            "{Say it slower|Say that again|One more time}: {secret_you}?",
            "While I was {sweating|freezing|waiting} in the {place}, {secret_you}.",
            "{Brilliant|Marvellous|Perfect}. And {secret_you}, on top of everything.",
            "Hold on, {addr}. {other} knew {secret_you}, and nobody {told me|thought to tell me|said a word}?",
            "I {vouched for you|stood up for you}. I {vouched for you|stuck my neck out for you}, and {secret_you}.",
            "Well, {secret_you}. That changes {the split|everything|the maths}.",
        ],
        "to_event": [
            "{Freeze|Stop|Nobody move}. Nobody touch the {prop}.",
            "That wasn't on {any floor plan|any map|any plan} I {drew|drew up|ever drew}.",
            "{Okay|Right}, new plan. Give me {ten seconds|a second|five seconds} to {invent it|make one up|think of "
            "it}.",
            "Everybody {breathe|breathe out|stay calm}. Count to {four|five|three} with me.",
            "Did anyone else {hear that|catch that|hear it}, or is it {my nerves|just me|my imagination}?",
            "That's our {window closing|window gone|window shutting}, {addr}.",
            "{Lights, alarms, the lot|Lights and alarms, all of it}. Somebody's having "
            "{fun at our expense|a laugh at us|a good laugh}.",
            "Stay {low|down|back}. Whoever that is, they're {early|ahead of schedule|not on the rota}.",
            "Well. That's {torn it|done it|that, then}.",
            "Nobody panic. Panic is {a two-person job|a team sport|a group activity} and I'm {busy|busy right "
            "now|occupied}.",
            "Clock's still {running|ticking}. {Keep moving|Move|Go, go}.",
            "If that was you, {other}, {you're fired|you're out|you're walking home}.",
            "There goes {plan A|the plan}. {Plan B is mostly swearing|Plan B is mostly running|Plan B is prayer}.",
            "Did the {prop} just... no. {Tell me it didn't|Please say it didn't|Tell me I didn't see that}.",
        ],
        "opener": [
            "Right. {Coats off|Jackets off}, phones in the {bowl|box|bucket}.",
            "Okay, {crew|team|everyone}. From the top, and {slower this time|slowly this time|properly this time}.",
            "Before anyone asks: yes, {it's still on|we're still on|the job's still on}.",
            "Close the door, {addr}. The walls of the {place} are {thin|paper|like paper}.",
            "{Three days out|Two days to go|Three sleeps left}. Let's talk about "
            "{what scares you|what could go wrong|the bad parts}.",
            "Good evening, {thieves|crooks|villains}. Who brought {coffee|the coffee|biscuits}?",
            "{Everyone here|All here}? Count off. I want {to hear voices|every voice|to hear you}.",
            "Nobody's {leaving|going home} until the plan {fits on one page|fits on a napkin|makes sense}.",
            "So. The {prop}. Let's {talk about|work out} how we {lift it|get it out|take it}.",
            "It's {time}, which means {we've got work to do|we're late|there's work to do}.",
            "Somebody tell me {good news|something good|one good thing}. Anyone. {addr}?",
            "Sit down, {all of you|everybody|the lot of you}. This one's {different|not like the others|special}.",
            "I've been watching the {place} {since dawn|all week|since Tuesday}. "
            "Here's {what I learned|what I saw|what I found}.",
            "Okay. Who moved my {chair|coffee|notes}, and who {moved my plan|changed my plan|touched my plan}?",
        ],
    },
    "beats": {
        "opening": [
            "The pitch",
            "Casing the {place}",
            "{hero} builds a crew",
            "{hero} names the target: the {prop}",
            "Floor plans on the table",
            "The buyer calls at {time}",
            "One last job",
            "{ally} wants in",
        ],
        "middle": [
            "The dry run",
            "A leak in the crew",
            "The window moves up",
            "Inside the {place}",
            "{rival} makes an offer",
            "The second alarm",
            "Double-cross at the {place2}",
            "{holder}'s story cracks",
        ],
        "climax": [
            "Nine minutes",
            "The switch",
            "Into the {place}",
            "Everyone for themselves",
            "The alarm",
            "{hero} plays the traitor's game",
            "The real {prop}",
            "Last one out",
        ],
    },
    "must_change": {
        "opening": [
            "{hero} gets the crew to agree to the job",
            "The crew learns the target is the {prop}",
            "{holder} lies about where they were at {time}",
            "Someone at the table starts working for {rival}",
            "{ally} is brought in against {hero}'s better judgement",
            "The job gets a date and a price",
            "{hero} finds a flaw in the plan and hides it",
            "{rival} learns there is a job at all",
        ],
        "middle": [
            "{holder}'s cover at the {place} is blown",
            "The crew discovers one of them talked",
            "The window moves up to tonight",
            "{ally} and {hero} stop trusting each other",
            "The plan loses its getaway",
            "{holder}'s secret costs the crew money",
            "{rival} gets a copy of the plan",
            "The crew votes to go ahead anyway",
        ],
        "climax": [
            "The {prop} leaves the {place}, one way or another",
            "The traitor is named in front of the crew",
            "{hero} chooses the crew or the money",
            "{holder} pays for the secret",
            "{rival} is beaten at their own game",
            "Someone is left behind",
            "The take is split, or lost",
            "The truth about {absent}'s share comes out",
        ],
    },
}
