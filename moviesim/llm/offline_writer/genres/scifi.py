"""Science fiction: a small crew, a failing machine, and a question about what is human."""

GENRE = {
    "label": "Science fiction",
    "keywords": ["robot", "ai", "android", "alien", "cyborg", "sci-fi", "science fiction", "time travel",
                 "roboter", "extraterrestrial", "spaceship"],
    # Places more than genres: "a haunted spaceship" is horror in space.
    "weak_keywords": ["space", "planet", "galaxy", "orbit", "starship", "asteroid", "ship", "station", "colony",
                      "future", "mars", "clone", "nave", "espacio", "espace", "weltraum"],
    "tones": ["Cold, quiet and claustrophobic", "Wonder edged with dread", "Hard-edged and humane",
              "Uncanny, with a dry wit"],
    "themes": ["what makes us human", "survival", "the cost of progress", "isolation", "trust in machines",
               "memory", "identity", "first contact"],
    "moods": ["eerie", "cold", "tense", "hushed", "clinical", "uncanny", "wondering", "sterile"],
    "speaking_styles": [
        "precise, quotes figures to two decimal places",
        "calm and even, never raises the voice, even during alarms",
        "gallows humour about the air running out",
        "formal and literal, takes every phrase at face value",
        "talks to the machine more warmly than to people",
        "rambling, thinks out loud in hypotheses",
        "military brevity: copy, negative, acknowledged",
        "soft, repeats the last word others say, as if storing it",
        "tired and sardonic, has seen every fault before",
        "curious, has a question for every answer",
    ],
    "titles": [
        "Silence at the {Setting}", "The {Setting} Protocol", "Signal from the {Place}", "The Long Drift",
        "Dark Between Stars", "What the {Prop} Remembers", "Override", "The Last Human at the {Setting}",
        "Ghost in the {Prop}", "The {Prop} Anomaly", "Tomorrow's Log", "Nobody Here Is Original",
        "The Quiet Machine", "The Copy of {absent}", "Eleven Nights at the {Setting}",
    ],
    "loglines": [
        "{hero} wakes {where} to find every clock a week ahead and {group} insisting nothing has happened.",
        "When the system {where} starts speaking in {absent}'s voice, {hero} must choose between trusting the "
        "machine and trusting {rival}.",
        "{hero} learns that one of {group} is a copy, and every test says the copy is {hero}.",
        "A signal from the {place} repeats the crew's names every night at {time}, and only {ally} answers it.",
        "{rival} swears the {prop} can bring {absent} back; {hero} has seen what came back last time.",
        "{hero} has lived the same night {where} eleven times, and this time {ally} remembers too.",
        "Sent {where} to repair a machine, {hero} finds the machine was the one that sent for help.",
        "Locked {where} by an order nobody gave, {hero} and {rival} have until the power fails to learn who "
        "wrote it.",
    ],
    "questions": [
        "Who among {group} is still human, and who decided for the rest?",
        "What did {absent} see in the {place} before the records were wiped?",
        "Is the machine lying, or is {rival}?",
        "Who rewrote the system's orders, and why tonight?",
        "Can {hero} break the loop before it closes again at {time}?",
        "Is the signal a warning, or an invitation?",
        "Which of them is the copy, and does the copy know?",
        "Who sabotaged the {prop}, and what were they trying to keep out?",
    ],
    "truths": [
        "{culprit} is the one: {secret_they}, and the system covered for them.",
        "The machine never lied. {culprit} did: {secret_they}.",
        "{culprit} broke the {prop} on purpose, because {secret_they} and the truth would end everything.",
        "{culprit} is the copy, and always was; {secret_they}.",
        "{culprit} opened the door to the signal. {secret_they}.",
        "It was {culprit}, on orders from a company {absent} never trusted: {secret_they}.",
        "{culprit} rewrote the logs at {time}; {secret_they}, and {absent} noticed the gap.",
        "{culprit} started the loop to save {absent}, and every repeat made it worse: {secret_they}.",
    ],
    "resolutions": [
        "The system plays back the last hour, and {culprit} is in every frame: {secret_they}.",
        "{culprit} reaches the {prop} first, but the override is already in {hero}'s hand.",
        "The lights die; when the backup comes on, {culprit} is at the controls and stops pretending: "
        "{secret_they}.",
        "{hero} asks the machine one question, and it answers in {culprit}'s voice: {secret_they}.",
        "The loop breaks at {time}. Only {culprit} remembers the other nights, and it shows.",
        "The scan finishes, and {culprit} is the one who fails it. {secret_they}.",
        "{culprit} tries to wipe the record, and the system refuses: {secret_they}, logged and timestamped.",
        "Sealed in the {place} with the truth, {culprit} talks to the only listener left, and {group} hears "
        "every word: {secret_they}.",
    ],
    "options": [
        "{hero} asks the machine a direct question",
        "{ally} goes into the {place} alone",
        "The crew shuts the whole system down",
        "{rival} runs the scan on everyone",
        "{hero} answers the signal",
        "Someone wipes the logs",
        "{ally} admits to being a copy",
        "The crew seals off the {place2}",
        "{hero} overrides the lockdown",
        "{rival} takes control of the {prop}",
    ],
    "secrets": [
        "Disabled the {prop} at {time} and blamed the system",
        "Is a copy of {absent}, grown from a backup",
        "Was ordered by the company to let the mission fail",
        "Falsified the sensor readings for a week",
        "Has been answering the signal in private",
        "Deleted {absent}'s last log entry",
        "Knows the rescue is never coming",
        "Sabotaged the power supply to force a shutdown",
        "Knows what happens tomorrow and kept quiet about it",
        "Wrote the machine's new orders",
        "Keeps a second memory backup hidden in the {place}",
        "Was never human to begin with",
        "Swapped the test results for the whole crew",
        "Let {absent} into the {place} knowing the door would seal",
        "Sold the research to a rival company",
        "Has an implant that records everything said here",
        "Woke up a week early and told nobody",
        "Broke quarantine at {time} to see {absent}",
        "Took the override key from {absent}'s locker",
        "Designed the {prop} that started all of this",
        "Lost {absent} in the first loop and has been trying to undo it ever since",
        "Hid the real clock and set a fake one running",
        "Sends a coded report to the company every night at {time}",
        "Cut the {place} off from the network on purpose",
        "Met whatever is behind the signal, and made it a promise",
    ],
    "motivations": [
        "get everyone home in one piece",
        "find out what the machine is hiding",
        "protect the mission at any cost",
        "prove the anomaly is real",
        "take control of the system before the company does",
        "bring {absent} back, whatever comes back",
        "keep the company's secret buried",
        "stay human, whatever the scans say",
        "break the loop for good",
        "learn what the signal wants",
        "be the first to understand the {prop}",
        "wipe the record clean",
        "make the machine admit what happened to {absent}",
        "keep the {place} sealed forever",
    ],
    "goals": [
        "repair the {prop} before {time}",
        "decode the signal",
        "ration the power fairly",
        "keep everyone out of the {place2}",
        "override the machine's lockout",
        "send one message home",
        "run the scan on everyone, including me",
        "copy the logs before they're wiped",
        "find the real clock",
        "reset the {prop} without anyone noticing",
        "get the {place} back online",
        "isolate the copy",
    ],
    "fears": [
        "being replaced by something that sounds like me",
        "the dark between the lights",
        "never getting home",
        "whatever answers the signal",
        "being left behind",
        "a door that opens on its own",
        "forgetting who I was",
        "the machine being right",
        "failing the scan",
        "another night exactly like this one",
        "the silence after the alarm",
        "the {prop} waking up",
    ],
    "confessions": [
        "Log it, then. {secret_i}.",
        "{secret_i}. {The system|The machine|The computer} knew. I {asked|begged|told} it not to {tell you|say a "
        "word|flag it}.",
        "You'll find it {in the records|in the logs|in the archive} anyway, {addr}: {secret_i}.",
        "I ran {the numbers|the figures|the model} {every way I could|a hundred ways|through every check}. {secret_i}.",
        "{Turn the recorder off|Kill the recorder|Switch off the recorder}. No, leave it {on|running}. {secret_i}.",
        "All right, {addr}. {secret_i}, and I'd {give anything|trade every year I've got|give my air ration} to undo "
        "it.",
        "I'm not {malfunctioning|glitching|broken}. I'm {confessing|telling you|owning it}. {secret_i}.",
        "{secret_i}. {Every night since|Every shift since|Ever since}, I've checked the {prop} {twice|three "
        "times|over and over}.",
        "The {scans|sensors|logs} will show it, so {hear it from me|you may as well hear it now|let me say it "
        "first}: {secret_i}.",
        "For the record, {addr}: {secret_i}.",
        "I thought I could {fix it|patch it|put it right} before {anyone noticed|the next audit|anyone looked}. "
        "{secret_i}.",
        "If I'm {a copy|a clone|not the original}, then {the copy is telling you this|hear it from the copy|let the "
        "copy say it}: {secret_i}.",
        "Stop the countdown, {other}. {secret_i}.",
        "It's in my {memory|head} and I can't {delete it|wipe it|get it out}. {secret_i}.",
    ],
    "gestures": [
        "{name} {taps|raps|thumbs} the {prop}; {a column of red numbers scrolls past|red figures crawl up the "
        "screen|a red warning flickers and dies}.",
        "{name} presses a palm flat {to the wall|against the bulkhead|to the panel}, {feeling for the hum|listening "
        "through the skin|waiting for the vibration}.",
        "{name} {pulls|yanks|tugs} a cable from the {prop} {and holds it like a snake|and lets it dangle, "
        "sparking|and coils it round one wrist}.",
        "{name} keys in {an override code|a long override|the override sequence} {without looking down|from "
        "memory|one-handed}.",
        "{name} shines a penlight into {addr}'s eyes, {one then the other|left then right|and frowns at the result}.",
        "{name} rubs the {faint scar|thin scar|old surgical scar} behind {one ear|the left ear}.",
        "{name} watches the {readout|display|monitor}, {lips moving with the numbers|counting silently "
        "along|mouthing each figure}.",
        "{name} blinks {twice, slowly|three times, very deliberately}, {as if rebooting|like a machine restarting|as "
        "though resetting}.",
        "{name} wipes {frost|condensation|a skin of ice} from {a screen|the viewport|a display} with a cuff.",
        "{name} holds a scanner over {addr}'s wrist {until it chirps|until it beeps twice|and waits for the tone}.",
        "{name} tilts a head at {other}, {exactly the way a machine would|the way a camera tracks movement|with "
        "mechanical precision}.",
        "{name} unscrews {a panel|an access plate|a wall cover} and {peers into the wiring|squints at the "
        "circuitry|studies the wires}.",
        "{name} checks {addr}'s pulse, then {checks it against a wristband|compares it with the monitor|checks it "
        "again, twice}.",
        "{name} silences the alarm {with a flat slap|with one blow of a palm|by thumping the panel}.",
        "{name} traces {a circuit diagram|a wiring map|the floor plan} in spilled water {with one finger|with a "
        "fingertip}.",
        "{name} speaks a command {to the empty air|to the ceiling|into the dark}. {Nothing answers|No reply "
        "comes|Only silence}.",
        "{name} {halts|stops dead|freezes} mid-step, head cocked {at a sound nobody else hears|toward a noise no one "
        "else catches|at something in the vents}.",
        "{name} slots {a memory chip|a data card|a scratched drive} into the {prop}.",
        "{name} breathes on {the glass|the viewport|a screen} and writes {a number|a date|a single word} in the "
        "{fog|mist}.",
        "{name} peels {a sensor patch|a monitor pad|an electrode} off one temple.",
        "{name} lays the {prop} down {like a specimen for dissection|as if it might bite|as gently as a specimen}.",
        "{name} counts {heartbeats|pulses|seconds} on a wristband, {silently|lips moving}.",
        "{name} turns the {screen|display|monitor} away from {addr}.",
        "{name} {flexes|opens and closes} a hand that moves {a fraction too smoothly|just slightly too "
        "evenly|without a single tremor}.",
        "{name} reads the same line {on the display|on the screen|in the log} {three times|twice, then again|over "
        "and over}.",
        "{name} {yanks|rips} a cord from the {wall|socket}; {a fan whines down to nothing|the hum dies away|a fan "
        "spins down}.",
        "{name} hands {addr} {a cup of water|a flask of water|some water} and {watches every sip|studies each "
        "swallow|watches for a tremor}.",
        "{name} runs a diagnostic on {a wrist unit|the wristband|a handheld}, {frowning|jaw tight|not liking it}.",
        "{name} hugs both arms close {against the cold|as the heaters fail|to stop the shivering}.",
        "{name} stares at {a reflection|the dark glass|the mirror} {for a second too long|longer than is "
        "comfortable|as if at a stranger}.",
        "{name} covers the camera lens {with a strip of tape|with a thumb|with a sticker}.",
        "{name} recites {a string of coordinates|a launch window|a list of numbers} {under one breath|in a whisper}.",
        "{name} pockets {a data stick|a memory card|a keycard} before {other} turns round.",
        "{name} {kneels|crouches} and lays an ear {against the floor|to the deck plating|on the grille}.",
        "{name} shakes the {prop} {until its screen wakes|until it flickers on|until something rattles}.",
        "{name} {sketches|scrawls|draws} a timeline on the {wall|whiteboard|hatch} in {marker|grease pencil}: {three "
        "loops, one cross|two loops and a gap|a circle, then a cross}.",
        "{name} grips {addr}'s hand and {holds on, testing it|squeezes, as if checking it's real|holds it a beat too "
        "long}.",
        "{name} drinks {a nutrient pouch|a protein ration|a water pouch} in one {long, grim pull|joyless swallow}.",
        "{name} lowers a visor, then {thinks better of it|raises it again|hesitates}.",
        "{name} hums {the tone the signal makes|the signal's three notes|the signal back at itself}, "
        "{note-perfect|pitch-perfect|without meaning to}.",
        "{name} squints at the {time stamp|date stamp|serial number} on the {prop}.",
        "{name} sets two identical {photographs|ID cards|scans} side by side.",
    ],
    "narration": [
        "The vents hiccup, then resume their slow wheeze.",
        "A warning tone sounds once. Nothing explains it.",
        "Every screen in the {place} flickers, and for a moment shows the same face.",
        "The lights dim to a pulse, like something breathing.",
        "Far off, something metal settles with a long groan.",
        "The clock on the wall reads {time}. It read {time} an hour ago, too.",
        "A cursor blinks on a screen nobody is using.",
        "The hum in the walls drops half a tone.",
        "Frost creeps a little further across the glass.",
        "The {prop} gives off a faint, steady warmth, like a sleeping animal.",
        "Somewhere in the system, a fan spins up and winds down.",
        "Static whispers from a speaker, almost words.",
        "A door down the corridor cycles open and shut, open and shut.",
        "Nothing outside the window moves, not even the light.",
        "The temperature drops a degree. The display doesn't mention it.",
        "Numbers scroll across a wall of the {place}, too fast to read.",
        "A camera lens refocuses with a tiny whirr.",
        "The quiet here is engineered; even footsteps sound filtered.",
        "Somebody's wristband chirps out a heart rate nobody wants to hear.",
        "In the dark glass, reflections move half a second late.",
        "A smell of ozone and hot plastic drifts through the {place}.",
    ],
    "events": [
        "Lockdown: the {place2} seals itself, and the controls stop answering.",
        "The system speaks for the first time in hours. It is sorry, but no one may leave.",
        "The distress beacon fires on its own.",
        "A sealed pod in the {place} opens, and the person inside isn't on any list.",
        "Every clock in the {place} jumps forward to {time}.",
        "A video plays on every screen: the crew, recorded a week from now.",
        "The signal returns, louder, and this time it speaks in {absent}'s voice.",
        "The power fails. Emergency lighting turns the {place} a thin, cold blue.",
        "A scan completes on its own; one result flashes red, with no name attached.",
        "A message arrives from home, dated thirty years ago.",
        "The {prop} switches itself on and starts counting down from ten minutes.",
        "{absent} walks into the {place}, alive, and doesn't recognise anyone.",
        "The machine locks every door but one, and that one leads to the {place2}.",
        "The logs are wiped; only one line survives, timestamped {time}.",
        "A second {prop} turns up in the {place2}, identical down to the scratches.",
        "The temperature plunges; frost flowers across every screen at once.",
        "Someone's implant starts broadcasting to anyone listening.",
        "An unknown voice answers the intercom, politely, from inside the {place}.",
        "The countdown on the wall hits zero, and nothing happens. Then every light dies.",
        "Orders arrive from the company: seal the {place} with whoever is inside.",
        "The sensors in the {place} count one more heartbeat than there are people.",
    ],
    "exits": [
        "{name} walks into the {place2}, and the door seals behind with a hiss.",
        "{name} collapses mid-word, eyes open, as if something switched off.",
        "{name} is escorted to quarantine, pounding on the glass.",
        "{name} stops mid-sentence, goes perfectly still, and won't respond to anything.",
        "{name} goes to answer the signal alone and is never seen again.",
        "{name} storms off toward the {place}, shouting commands the machine ignores.",
        "{name} is sedated by the medical unit before the sentence is finished.",
        "{name} steps into the lift; the doors close, and the display shows no floor at all.",
        "{name} clutches at the temples, cries out once, and slumps.",
        "{name} leaves to check the {prop}, and the cameras lose sight at the corner.",
        "{name} is locked out when the {place} seals, palms pressed to the glass.",
    ],
    "openings": [
        "Status lights pulse amber across the {place}. It is {time}, and the vents wheeze like an old dog.",
        "Frost feathers the edge of the window in the {place}. Outside, nothing moves for a very long way.",
        "A countdown nobody set ticks in the corner of each monitor in the {place}. It reads {time}.",
        "The {place} hums with machines that never sleep. On the bench, the {prop} is still warm.",
        "Everything in the {place} is white, clean and slightly too quiet. The {prop} sits under a glass dome.",
        "It is {time} by the system clock, and nobody in the {place} trusts the system clock.",
        "Cables snake across the floor of the {place} to the {prop}. Someone has labelled each one by hand.",
        "The {place} smells of ozone and old coffee. A diagnostic has been running since {time}.",
        "The lights in the {place} are set to night mode, a deep aquarium blue. The {prop} blinks patiently.",
        "Half the screens in the {place} are dark. The other half show the same corridor, empty.",
        "A hazard stripe crosses the {place} where someone painted over a door. The {prop} was left on this "
        "side.",
        "Condensation drips somewhere in the {place}. A voice on the intercom is counting, very quietly.",
        "The {place} has been sealed since {time}. Somebody has scratched a tally into the wall beside the "
        "{prop}.",
        "Nobody in the {place} has slept in a day. Nothing makes a sound but the {prop}, ticking as it cools.",
        "A row of medical scanners glows in the {place}, one for each of them. And one more.",
        "The window of the {place} shows stars, or a very good picture of them. The {prop} is reflected in it.",
        "Dawn, supposedly. The {place} has no windows, and its clock reads {time}.",
    ],
    "tactics": {
        "press": [
            "What did the {logs|records|sensor logs} say at {time}, {addr}? Before you {wiped them|erased "
            "them|scrubbed them}.",
            "Who {authorised|ran|signed off on} the override? {Your code, or someone else's|Was it your code|Your "
            "hands, or another pair}?",
            "How long since you {slept|last slept}, {addr}? {Actually slept|Properly slept|Not dozed. Slept}.",
            "What does the signal {say to you|tell you|whisper} when you're {alone|on shift alone|by yourself}?",
            "Why does the {scan|scanner|sensor sweep} keep {skipping you|passing over you|missing you}, {addr}?",
            "What's behind {the panel|the sealed hatch|that wall} in the {place}, {addr}?",
            "The door opened {a second after you turned to it|the moment you looked at it|before you touched it}. "
            "{How?|Explain that.|How do you do that?}",
            "What's your {earliest|first|very first} memory, {addr}? {Quickly. Don't think.|Fast. No pausing.|Now. "
            "Don't look away.}",
            "Where {were you|was your badge} when the {prop} {went dark|lost power|cut out}?",
            "Who taught the {machine|system|computer} {absent}'s voice?",
            "What day is it, {addr}? Don't look at {the clock|your wristband|the screen}.",
            "How many times {have we had this conversation|have we done this|have you asked me that}, {addr}?",
            "Why doesn't your {pulse|heart rate|temperature} match {the monitor|the readout|your chart}, {addr}?",
            "{The company|Head office|Mission control} told you something they {didn't tell|kept from} {other}. "
            "{What?|What was it?|Say it.}",
            "Which version of {the plan|the orders|the flight plan} did you {give|feed|upload to} the machine?",
        ],
        "accuse": [
            "You cut the {prop} off {the network|the grid|the mainframe}. Your {code's|fingerprints are|login is} "
            "all over it, {addr}.",
            "You've been {talking to|answering|whispering to} the signal. I {heard|caught|recorded} you at {time}.",
            "You're not {absent}. You {just have the memories|only carry the memories|just wear the memories}.",
            "You {rewrote|edited|rewired} the machine's {orders|directives|priorities}, and now it's {protecting "
            "you|covering for you|on your side}.",
            "Those readings are {a lie|faked|doctored}. Two percent isn't {a rounding error|noise|an accident}.",
            "You knew {the doors|the hatches|the bulkheads} would seal. You were {standing right by one|already next "
            "to one|the only one near one}.",
            "You {wiped|deleted|erased} {absent}'s {last hour|final hour|last log}. The {gap|blank|missing file} has "
            "your {timestamp|login|signature}.",
            "You've lived this {night|shift|hour} before, {addr}. You're not even {surprised|flinching|looking up}.",
            "{The company|Head office} pays you {twice|double}. {Once for the work, once for us|One wage for the "
            "work, one for watching us|Once for the job, once for spying}.",
            "You sealed the {place} with {other} {still inside|still in there|on the wrong side}.",
            "Your scan came back {clean|spotless|perfect} because you {ran it yourself|ran it alone|wrote the scan}.",
            "You taught it to {lie|cheat|hide things}, {addr}. It {learned from the best|had a good teacher|copied "
            "you}.",
            "You built the {prop}, {addr}. Don't pretend {you two have never met|you don't know it|it's a stranger}.",
            "Every fault {this week|since launch|this cycle} started at your {console|terminal|station}.",
        ],
        "deflect": [
            "Ask the {machine|system|computer}. It's been {watching all of us|watching everyone|recording us all}.",
            "Have you {checked|looked at|read} your own {scan|readings|bloodwork} lately, {addr}?",
            "{Interesting|Curious|Odd} that you're {worried about|fixated on|watching} me and not the {prop}.",
            "I'll explain once {we've got power back|the lights are on|the air's fixed}. {Priorities.|First things "
            "first.|Air first.}",
            "The logs say {a lot of things|all sorts|plenty}. The logs {were wrong yesterday|lied yesterday|also "
            "said we'd be home by now}.",
            "You want a {suspect|culprit}? {other} hasn't {blinked in an hour|eaten in two days|slept since the "
            "blackout}.",
            "We can {argue|point fingers|fight}, or we can {fix|repair|save} the {place}. {Pick one.|Choose.|Your "
            "call.}",
            "{Funny|Strange}. The system flagged {you, not me|your badge, not mine|you first}.",
            "If I were the {copy|clone|fake}, would I {know|even know|remember}? Would you?",
            "Blame me if {it helps|you like|it makes you feel better}. The {clock's still running|countdown hasn't "
            "stopped|air's still dropping}.",
            "You were {the last one|the only one|last} in the {place}, {addr}, not me.",
            "That's classified {above both of us|above our clearance|two levels up}. Ask {the company|head "
            "office|whoever hired you}.",
            "{Have you considered|Has it occurred to you|Did you ever think} that the {signal|machine|transmission} "
            "is {making you say this|putting words in your mouth|in your head}?",
            "I'm not the one {talking to empty rooms|whispering to the walls|up talking to the vents} at {time}.",
        ],
        "bargain": [
            "Give me your {access code|passcode|clearance} and your name {stays off the report|never reaches the "
            "company|stays out of the log}.",
            "Help me run the {scan|diagnostic|tests}, and I'll {run yours myself. Clean.|sign yours off. Clean.|make "
            "sure yours comes back clean.}",
            "My {ration's|air ration's|coffee's} yours for {a week|a month}. Just {describe|tell me|draw} what you "
            "saw.",
            "You {want out of|want to leave} the {setting}? I can get {one seat|one berth|a single seat}. {One.|Just "
            "one.|Only one.}",
            "Trade me the {prop} for {the real logs|the raw data|the unedited logs}. {Fair exchange.|Simple "
            "swap.|Even trade.}",
            "I'll keep the {machine|system|cameras} busy. You {get into|slip into|get inside} the {place}.",
            "What the signal {said to you|told you}, for what it {said to me|told me}. {Fair trade|Deal|Even swap}, "
            "{addr}.",
            "Vouch for me with {other}, and I'll {vouch for your memories|back your story|swear your memories are "
            "real}.",
            "I can {restore|recover|rebuild} {absent}'s {backup|memory file|last save}. {For a price|At a cost|If "
            "you pay}, {addr}.",
            "Unlock the {place2} and I'll {forget about the override|forget the override|lose the override logs}.",
            "Half the {power|air|heat} to your {section|deck|side}, half to {mine|my people}. {Agreed?|Deal?|Fair?}",
            "Wipe my {record|file|logs} and I'll wipe yours. {Nobody's pure here.|Nobody's clean here.|We're all "
            "guilty of something.}",
            "One hour with the {prop}, {addr}, and you get {the truth|everything|the real numbers}.",
            "I'll tell {the company|head office|mission control} it was {a fault|a glitch|an accident}. You tell me "
            "{what really happened|the truth|what you did}.",
        ],
        "threaten": [
            "Lie again and I {pull|revoke|kill} your access, {addr}. {Every door.|Every deck.|All of it.}",
            "I can {shut|power} the {place} down {with you in it|with you inside|while you're in there}.",
            "One {keystroke|command|click} and the company reads {everything you've ever logged|every log you've "
            "written|your whole file}.",
            "Keep {stalling|lying|dodging} and I run {the scan|your scan|the full scan} {in front of everyone|on an "
            "open channel|where everyone can see}.",
            "I know where your {backup|memory file|copy} is {stored|kept}. I know how to {delete it|wipe it|corrupt "
            "it}.",
            "Touch the {prop} again and your {section|deck|corridor} goes {dark|cold|silent}.",
            "Do you want {other} to see your {real test results|real scans|actual bloodwork}?",
            "The {machine|system|ship} listens to me now, {addr}. {Think about that.|Remember that.|Sleep on that.}",
            "I'll {quarantine you|lock you away|isolate you} until the {signal|transmission|noise} stops. {It might "
            "never stop.|That could be years.|It may not.}",
            "Say no and {the company|head office} gets your {name, your code and your reasons|name and your "
            "code|whole file, reasons included}.",
            "There are {two ways|two exits|two hatches} out of the {place}, {addr}. I {control both|own both|hold "
            "the codes to both}.",
            "I've {written|coded} the override. I {just haven't|haven't} {sent it|run it|pressed enter} yet.",
            "Cross me and I'll {reset you|wipe you|roll you back}. I'm told it {doesn't hurt|barely hurts|won't hurt}.",
            "By {time} someone goes into {the sealed section|the dead zone|the breach}. {Volunteer, or be "
            "volunteered.|Choose to go, or be chosen.|Step up or be pushed.}",
        ],
        "charm": [
            "{You're the only one who|Nobody but you} {understands|really gets|can read} the {prop}, {addr}. "
            "{Explain it to me.|Walk me through it.|Teach me.}",
            "The {machine|system|ship} trusts you. That says {something good about you|a lot about you|something "
            "kind about you}.",
            "You kept us {breathing|alive|going} {last night|through the blackout|when the air failed}. I haven't "
            "forgotten.",
            "Whatever the {scan|test|readout} says, {addr}, you're the most human {one here|person here|of all of us}.",
            "{Brilliant|Clever} people {make mistakes too|slip up too}. {Tell me yours.|What was yours?|Tell me "
            "about yours.}",
            "I'd {follow you|go} into the {place} {blind|in the dark|without a light}. {You know that.|You know I "
            "would.|Say the word.}",
            "You've got a steadier {hand|eye|nerve} than the {machine|autopilot|system}. I've watched.",
            "Two {clear|cool} heads, one broken {system|ship|machine}, {addr}. We can {do this|fix this|beat it}.",
            "The machine might {listen to you|answer you}. It never {listens to|answers} me.",
            "You remind me of {absent}, {in the good way. The brave way|on a good day, brave and stubborn|at their "
            "bravest}.",
            "You spotted the {two percent|drift|fault} before {anyone|the sensors did|the machine did}. You see "
            "things, {addr}.",
            "I'd rather be {wrong|lost|stuck} with you than {right|safe} with {other}.",
            "You make the {dark|silence|quiet} feel smaller. {Stay with me on this.|Stick with me.|Don't let go now.}",
            "{The company|Head office|Mission control} picked you {for a reason|on purpose|deliberately}, {addr}. {I "
            "think I know what it was.|I can guess why.|I've worked it out.}",
        ],
        "plead": [
            "Please, {addr}. Don't open the {place2}. {Not yet.|Not now.|Not until we know.}",
            "Let me stay {awake|up|conscious}. I don't want to {go under again|go back in the pod|sleep again}.",
            "Don't {reset|wipe} me. Whatever I {am|turned out to be}, {I'm still me|I'm still here|I still feel "
            "things}.",
            "Give me {one more hour|one more shift|another hour} with the {prop}. {One.|That's all.|Just one.}",
            "If you send {that message|the signal|that report}, they'll {shut us all down|pull the plug on us|switch "
            "us off}.",
            "I'm begging you, {addr}. {Talk to me, not the machine|Look at me, not the screen|Listen to me, not the "
            "system}.",
            "Don't leave {other} {in there|behind the hatch|on the other side}. You can still {hear them|hear them "
            "knocking|hear the breathing}.",
            "Please turn the {signal|noise|transmission} off. I can't stop {hearing it|hearing it in my "
            "sleep|humming it}.",
            "Tell me I'm real, {addr}. {Just say it.|Say it once.|Even if you're lying.}",
            "I {only want|just want} to go {home|back home|somewhere with a sky}. Is that {so much|too much to "
            "ask|so terrible}?",
            "Wait for the {diagnostic|test results|full scan}. Please. Before {anyone does anything final|anyone "
            "pulls a plug|we do something we can't undo}.",
            "Don't let {the company|head office|them} have the {prop}. You know what they'll {do with it|turn it "
            "into|use it for}.",
            "Stay with me, {addr}. The {lights keep going|walls keep moving|numbers keep changing} and I can't...",
            "I've got {a family|a wife and kids|people} out there. {At least, I think I do.|I remember that I do.|Or "
            "I was told I do.}",
        ],
        "confide": [
            "I dream in code {sometimes|most nights|on bad nights}, {addr}. {Green lines, all night.|Scrolling "
            "lines, till dawn.|Just numbers, falling.}",
            "{I was the first|I was first|Before anyone, I was the one} to {hear|pick up} the signal. I never {told "
            "anyone|said a word|logged it}.",
            "My mother {built|designed} {machines like this|this class of machine|ones just like it}. She never "
            "{trusted them|turned her back on one|let one in the house}.",
            "{Some mornings|Some shifts|Most days} I don't recognise {my own hands|my own voice|my face in the glass}.",
            "I kept {absent}'s last {message|recording|transmission}. I {play it|listen to it|replay it} when I "
            "can't sleep.",
            "The scan {scared me too|frightened me as well|shook me too}. I {cheated on mine|faked mine|fudged my "
            "numbers}, the first time.",
            "I signed up to {get away from everyone|be alone|escape people}. {Now look.|And look at us now.|Look how "
            "that went.}",
            "I count to {a hundred|a thousand} when the {lights go out|power drops|dark comes}. I've never {got past "
            "sixty|reached the end|made it past forty}.",
            "I used to {talk to|confide in|whisper to} the {machine|system|computer} {at night|on night shift|when I "
            "couldn't sleep}. It was kinder than {people|any of you|most people}.",
            "I've lived this {hour|day|conversation} before, {addr}. You were {gentler|kinder|softer} last time.",
            "I can't remember my {mother's|sister's} face. Only her {voice|laugh|voice on the tapes}.",
            "{Between us|Off the record|Just between us}, I don't think the {prop} is {broken|faulty|dead}. I think "
            "it's {thinking|awake|listening}.",
            "I wrote a {letter|message} home at {time}. There's {nobody left|no one left|nobody there} to {send it "
            "to|read it|receive it}.",
            "I volunteered for the {place} because {nobody else would|no one else stepped up|somebody had to}. It "
            "{terrifies me|scares me stupid|keeps me awake}.",
        ],
    },
    "replies": {
        "to_question": [
            "Negative. And asking {again|twice|louder} won't change {the output|the answer|the result}.",
            "In the {place}, {running diagnostics|running tests|recalibrating}. Check the {timestamps|logs|door "
            "records}.",
            "Yes. At {time}. I logged it, {addr}.",
            "I {don't know|can't tell|have no idea}. That's what {frightens me|scares me|keeps me up at night}.",
            "Define 'really'. Then I'll {answer|tell you|give you a number}.",
            "{Ask the system|Check with the computer|Query the mainframe}. It keeps better {records|logs|notes} than "
            "I do.",
            "Because {the numbers|the model|the readings} told me to, {addr}.",
            "{Eleven days. Maybe ten|Two weeks. Maybe less|Nine days, give or take}, if the "
            "{readings|sensors|numbers} are honest.",
            "You wouldn't believe {the answer|it|a word of it} if I {told you|said it aloud}.",
            "Not on an open {channel|line|frequency}. {Later.|Not here.|Ask me off-shift.}",
            "{No. Well, not|No. At least, not|Not} that I {remember|recall}, {which isn't the same thing|for what my "
            "memory's worth|and my memory's been patched}.",
            "I was {asleep|in my bunk|in the pod}. At least, that's what {my wristband|the log|my chart} says.",
            "Wrong question, {addr}. Ask who {changed the clock|reset the clocks|moved the clock forward}.",
            "{Twice. Both times|Three times. Every time|Twice, and each time} it gave {the same answer|the same "
            "reading|the same number}.",
        ],
        "to_accusation": [
            "Check the {logs|records}. My {code is|login is|badge was} nowhere near the {prop}.",
            "If I'd wanted you {gone|dead|out}, {addr}, I'd have left {the door open|the airlock open|the hatch "
            "unsealed}.",
            "Me? I reported {the fault|that fault|it}. {Twice.|Three times.|In writing.}",
            "That's what the {machine|signal|system} wants you to {think|believe}.",
            "Fine. I touched it. {Touching isn't sabotage|That's not sabotage|Touching isn't a crime}.",
            "Run the {scan|test|full scan} on me, then. {Right now.|Here.|In front of everyone.}",
            "You're reading {a corrupted file|a broken log|garbage data} and calling it {proof|evidence}.",
            "Yes. I {did it|did that|flipped it}. And you're {breathing|alive|still here} because of it.",
            "Says the one whose {badge|code|keycard} opened the {place} at {time}.",
            "I've been awake {thirty hours|two days straight|since the blackout} keeping you {alive|breathing}, "
            "{addr}.",
            "{Partly true|Half true|Some of it is true}. The worst part, actually.",
            "Prove it with {data|numbers|evidence}, not {fear|feelings|rumours}.",
            "{other} has the same {access|clearance|codes} I do. {Accuse them.|Go shout at them.|Ask them.}",
            "I'm not a {copy|clone|replica}. I'd know. Wouldn't I?",
        ],
        "to_statement": [
            "Logged.",
            "That doesn't match {the readings|the logs|what I saw}.",
            "Maybe. The machine disagrees.",
            "You say {that|it} like it's {good news|a comfort|a good thing}.",
            "Acknowledged. It doesn't help.",
            "I heard it too, {addr}. I {hoped I hadn't|was hoping I'd imagined it|wish I hadn't}.",
            "Then why is the {prop} still {warm|running|humming}?",
            "Hm. {Run that past me|Say that} again, {slower|in order|with numbers}.",
            "That's the {third|fourth} time {today|this shift} someone's said that.",
            "True, as of {time}. Things change here.",
            "Interesting. Wrong, but interesting.",
            "Fine. Put it in {the report|the log|writing}.",
            "I'll believe it when {the sensors do|the numbers agree|I see data}.",
            "And yet here we {all are|are, all of us|still are}.",
        ],
        "to_reveal": [
            "So {secret_you}, and the {system|machine|computer} knew {before I did|all along|first}?",
            "All those nights, {secret_you}?",
            "You mean {secret_you}. {While we slept.|While we were asleep.|On our watch.}",
            "Run it back. {other} says {secret_you}?",
            "Then {secret_you}. That's the {gap in the logs|missing hour|hole in the records}.",
            "And {secret_you}? You let me {trust the readings|believe the numbers|trust the scans}.",
            "Wait, {secret_you}, and you let us {run the scans anyway|keep testing each other|go on suspecting each "
            "other}?",
            "Of course {secret_you}; the {numbers|figures|logs} never {added up|made sense|balanced}.",
            "I checked {everyone but you|everyone except you|everybody but you}, and {secret_you}.",
            "That's why the {machine|system|signal} went {quiet|silent|dark}: {secret_you}.",
            "So while we were {rationing|counting air|starving}, {secret_you}.",
            "You stood there at {time} knowing {secret_you}?",
            "Unbelievable. {addr}, {secret_you}?",
            "No wonder the {scans|sensors|alarms} kept {flagging|catching|tripping on} you: {secret_you}.",
            "Even the {machine|system} didn't know {secret_you}.",
        ],
        "to_event": [
            "Don't touch {anything|a thing|the controls}. Let it {finish|run|play out}.",
            "That's not a {fault|glitch|malfunction}. {Faults don't have timing like that|Glitches aren't that "
            "punctual|Nothing broken keeps time like that}.",
            "Did {everyone|all of you} see that, or {just me|was it just me}?",
            "Okay. Seal the {doors|hatches}. {Count heads.|Head count.|Everyone sound off.}",
            "Nobody move. Let the {sensors|readings|dust} settle.",
            "That wasn't us. {addr}, {tell me that wasn't us|say it wasn't us|tell me we didn't cause that}.",
            "It's responding. It's responding {to us talking|to our voices|to the noise we make}.",
            "{Backup power|Emergency power|Reserve cells}. We've got {minutes, not hours|ten minutes, maybe|minutes "
            "at best}.",
            "There it is again. {Same pattern, same gap.|Same rhythm, same pause.|Three pulses and a gap.}",
            "Get away from the {prop}, {all of you|everyone|now}.",
            "{Check the clock. Check it now.|Look at the clock. Now.|Somebody check the time.}",
            "I {told you|said} it was {listening|awake|watching us}.",
            "Breathe, {addr}. {Slowly. Save the air.|Slow breaths. Save the air.|In, and out. Slowly.}",
            "Whatever {that was|that noise was|made that}, it came from the {place}.",
        ],
        "opener": [
            "Status report. {Short version, please.|Keep it short.|Headlines only.}",
            "Lights up. {Full brightness|All the way|Everything}. I want to see {everyone's face|every face|all of "
            "you}.",
            "Morning. Or whatever the {system|clock|computer} is calling it.",
            "Okay, {addr}. Tell me what {the night shift|the cameras|you} saw.",
            "{Before we start|First thing|Before anything else}: has anyone {else been hearing it|else heard the "
            "tone|else been dreaming about it}?",
            "Everyone into the {place}. {Doors closed behind you.|Seal it behind you.|Close the door.}",
            "It's {time}. The {machine|system} woke me. {It's never done that.|That's new.|It never does that.}",
            "{Sit|Sit down|Everyone sit}. We need to {talk about|discuss|deal with} the {prop}.",
            "Nobody touch {a console|a keyboard|anything} until we've {talked|had this out|agreed}.",
            "I've run the numbers {three times|three ways}, and I {hate all three|don't like any of them|like none "
            "of the answers}.",
            "Roll call, please. {Out loud. Humour me.|Names, out loud.|Full names, loudly.}",
            "Right. Whoever {changed the clock|touched the clock|reset the time}, now's the moment {to say|to own "
            "up|to speak}.",
            "Good, you're awake, {addr}. We've lost {another hour|another day|two more hours}.",
            "Turn the {intercom|comms|speakers} off. {I don't want it listening.|It's not invited.|I don't trust it.}",
        ],
    },
    "beats": {
        "opening": [
            "Routine watch in the {place}",
            "The clocks are wrong",
            "{hero} hears the signal",
            "The empty chair: {absent}",
            "Waking up at {time}",
            "{rival} takes the night shift",
            "The machine's first lie",
            "The {prop} switches on",
        ],
        "middle": [
            "Rationing",
            "The scan",
            "{holder}'s logs don't add up",
            "Lockdown in the {place}",
            "The signal speaks in {absent}'s voice",
            "One copy too many",
            "{rival} takes control of the system",
            "The loop begins again",
        ],
        "climax": [
            "The override",
            "Whoever is still human",
            "{hero} asks the machine",
            "Inside the sealed {place}",
            "Zero hour: {time}",
            "{hero} and {rival} at the last door",
            "The truth in the {prop}",
            "Shutdown",
        ],
    },
    "must_change": {
        "opening": [
            "The crew learns the machine has been hiding something",
            "{hero} hears the signal and tells no one",
            "{holder}'s timestamp appears where it shouldn't",
            "{absent}'s absence is finally noticed",
            "The {prop} is found switched on at {time}",
            "{rival} and {hero} disagree about trusting the system",
            "A lockdown seals {group} inside",
            "{ally} admits to hearing voices in the {place}",
        ],
        "middle": [
            "{holder}'s secret shows up in the data",
            "The scan proves someone isn't who they say",
            "{ally} stops trusting {hero}",
            "The machine picks a side",
            "Power drops below what everyone needs",
            "{rival} seizes the override",
            "{hero} realises this night has happened before",
            "The signal gets a name",
        ],
        "climax": [
            "The copy is named",
            "{hero} decides whether to shut the machine down",
            "{holder}'s secret is confirmed by the system",
            "The {prop} is destroyed or saved",
            "Someone chooses to stay behind",
            "The loop breaks at {time}",
            "The signal is answered, or silenced forever",
            "{rival} loses control of the system",
        ],
    },
}
