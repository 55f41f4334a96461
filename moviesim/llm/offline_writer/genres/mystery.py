"""Mystery: a body, a closed circle of suspects, and everyone's alibi slowly failing."""

GENRE = {
    "label": "Mystery",
    "keywords": ["murder", "mystery", "detective", "whodunit", "killer", "killed", "corpse",
                 "inspector", "sleuth", "alibi", "meurtre", "asesinato", "mord", "misterio", "omicidio"],
    "weak_keywords": ["crime", "poison", "clue", "body"],
    "tones": ["Tense, wry and claustrophobic", "Cool, clipped and full of suspicion",
              "Darkly funny, with a cold centre", "Patient and sly, like a card game played for a life"],
    "themes": ["truth and its price", "ambition", "loyalty under pressure", "the masks people wear",
               "guilt", "who gets believed", "small lies that grow", "what people will do for money"],
    "moods": ["tense", "suspicious", "claustrophobic", "grim", "brittle", "watchful", "hushed", "accusing"],
    "speaking_styles": [
        "precise, corrects everyone's times to the minute",
        "chatty until a question lands, then one word at a time",
        "answers every question with a smaller, sharper one",
        "courteous and dry, the insults tucked inside compliments",
        "thinks aloud in lists: first, second, and what doesn't fit",
        "over-explains, volunteers alibis nobody asked for",
        "quiet, leaves long pauses that other people rush to fill",
        "brisk and official, hides behind procedure",
        "warm and gossipy, knows everyone's business and trades it",
        "laughs once, short, right before saying something cruel",
    ],
    "titles": [
        "Death at the {Setting}", "Nobody Leaves the {Setting}", "What the {Prop} Saw", "The Last Alibi",
        "Who Moved the {Prop}?", "The {Place} Was Locked", "The {Setting} Affair", "Murder Before Breakfast",
        "The Wrong Cup", "The Trouble with {absent}", "Everyone Saw {absent} Leave", "A Stain on the {Prop}",
        "Last Seen in the {Place}", "The Missing Hour", "A Key to the {Place}",
    ],
    "loglines": [
        "When {absent} is found dead {where}, {hero} has until morning to prove which of {group} held the "
        "{prop} last.",
        "{hero} came for a quiet weekend; by midnight {absent} is dead and {rival} is the only one with a "
        "perfect alibi.",
        "Everyone {where} had a reason to hate {absent}, but only {hero} noticed that someone had wiped the "
        "{prop} clean.",
        "A locked {place}, a missing {prop} and a body: {hero} and {ally} must find the liar among {group} "
        "before anyone else dies.",
        "{hero} is sure {rival} killed {absent}; the trouble is that every clue on the {prop} points to {ally}.",
        "Shut in {where} with {group} and a killer, {hero} counts the glasses, the keys and the minutes, and "
        "one of them doesn't add up.",
        "{hero} owes {absent} a debt and {rival} a grudge, and by {time} both of them are motives.",
        "The night {absent} dies {where}, {hero} finds the {prop} in the wrong room and a friend who won't "
        "say why.",
    ],
    "questions": [
        "Who among {group} killed {absent}, and why tonight of all nights?",
        "Who moved the {prop} after {absent} died, and what were they hiding?",
        "Can {hero} prove who killed {absent} before the killer silences another witness?",
        "Which alibi {where} is the lie: {rival}'s, {ally}'s, or {hero}'s own?",
        "What did {absent} find out that was worth killing for?",
        "Who was in the {place} at {time}, and why will nobody admit it?",
        "Is {rival} a killer, or only the easiest person to blame?",
        "Why did {absent} die holding the {prop}?",
    ],
    "truths": [
        "{culprit} did it: {secret_they}, and {absent} found out.",
        "It was {culprit}. {secret_they}; {absent} threatened to tell {group}, and had to be stopped.",
        "{culprit} killed {absent} at {time} and moved the {prop} to build an alibi.",
        "{culprit} is the killer, and the motive was never money: {secret_they}.",
        "The killer is {culprit}, who was never where they claimed; {secret_they}, and {absent} had proof.",
        "{culprit} poisoned {absent} to bury one fact: {secret_they}.",
        "{culprit}, and nobody else. {secret_they}, and {absent} was the only one who knew.",
        "{culprit} slipped out of the {place} at {time}, and {absent} never saw them coming; {secret_they}.",
    ],
    "resolutions": [
        "One look at the {prop}, and {culprit} is finished: {secret_they}, and the whole room hears it.",
        "{culprit} tries for the door, but the truth is already out: {secret_they}.",
        "Cornered in the {place}, {culprit} stops lying. {secret_they}, and {absent} paid for knowing it.",
        "The timeline closes around {culprit} at {time}; {secret_they}. Nobody speaks up for them.",
        "One question too many, and {culprit} breaks: {secret_they}.",
        "{hero} lays out the evening hour by hour, until only {culprit} is left standing in it.",
        "By the time help arrives, {culprit} has stopped pretending: {secret_they}.",
        "{culprit} laughs, then sits down, very tired. {secret_they}; it was always going to come out.",
    ],
    "options": [
        "{hero} searches the {place} alone",
        "{hero} confronts {rival} about the {prop}",
        "{ally} admits where they really were at {time}",
        "Someone takes the {prop} while the lights are out",
        "{rival} tries to slip away from the {setting}",
        "{hero} gathers {group} and names a suspect",
        "A second body turns up near the {place2}",
        "{hero} sets a trap with the {prop}",
        "{ally} and {hero} compare notes in secret",
        "{rival} accuses {ally} in front of everyone",
    ],
    "secrets": [
        "Moved the {prop} at {time} and told no one",
        "Was the last person to see {absent} alive",
        "Owes {absent} forty thousand pounds",
        "Argued with {absent} an hour before the death",
        "Forged {absent}'s signature on a contract",
        "Lied about being in the {place} at {time}",
        "Took a key to the {place} and never gave it back",
        "Heard a scream at {time} and went back to sleep",
        "Sent {absent} the anonymous letters",
        "Wiped the {prop} clean before anyone arrived",
        "Is {absent}'s child, and nobody here knows",
        "Was dismissed by {absent} yesterday and kept quiet about it",
        "Knows who {absent} was meeting in the {place2}",
        "Sold {absent}'s private letters to a newspaper",
        "Swapped the {prop} for a copy while everyone was at dinner",
        "Poured {absent}'s last drink",
        "Has been stealing from {group} for years",
        "Stood outside the {place} and listened to the whole quarrel",
        "Kept {absent}'s notebook and read every page",
        "Found the body first and walked away",
        "Turned the clock in the {place2} back twenty minutes",
        "Was paid to keep {absent} away from the {place}",
        "Lost {absent}'s savings at cards and covered it with forgeries",
        "Wrote the note found beside the body",
        "Secretly meets {absent}'s partner on Thursdays",
        "Burned a letter from {absent} an hour after the death",
    ],
    "motivations": [
        "find out who silenced {absent}",
        "clear my name before anyone official arrives",
        "keep my own mistakes out of the investigation",
        "protect the one person here I trust",
        "get back what {absent} took from me",
        "hear the killer admit it in front of {group}",
        "prove I was right about {absent} all along",
        "leave the {setting} with my reputation intact",
        "bury the letter before someone reads it",
        "make {absent}'s death mean something",
        "collect what {absent} promised me",
        "be believed, for once in my life",
        "keep the {prop} out of the wrong hands",
        "repay a debt I owe to {absent}'s family",
    ],
    "goals": [
        "find the missing {prop}",
        "get a confession on the record before {time}",
        "check every alibi for the hour before {time}",
        "get into the {place} before anyone cleans it",
        "learn who had a key to the {place}",
        "keep {group} from leaving",
        "carry the {prop} out of the {place2} unseen",
        "read {absent}'s last letter",
        "catch someone lying in front of witnesses",
        "make the killer panic and run",
        "find the witness who passed the {place} at {time}",
        "steer suspicion toward anyone else",
    ],
    "fears": [
        "being the next one",
        "being blamed for a death I didn't cause",
        "the truth about the {prop} coming out",
        "the killer being someone I love",
        "telling the truth and being believed by no one",
        "prison",
        "what {absent} wrote about me",
        "being the only one who noticed",
        "someone looking at the {place} too closely",
        "losing everything I built",
        "footsteps behind me at {time}",
        "having been wrong about {absent}",
    ],
    "confessions": [
        "Fine. {secret_i}. That's {the bit I skipped|the part I left out|what I never said}, {addr}.",
        "{secret_i}. {I've said it|There, it's said|That's it, out loud}. "
        "{Write it down|Put it in your notebook|Take it down} if you like.",
        "You want it {plain|straight|without the trimmings}, {addr}? {secret_i}, and I'm "
        "{not proud of it|ashamed of it|not asking for sympathy}.",
        "{secret_i}. But I never {laid a finger on|touched|harmed a hair of} {absent}, "
        "{I swear it|I swear to God|on my life}.",
        "{Stop the clock|Hold on|Stop writing}, {addr}. {secret_i}. Everything {after that|else I told you|since then} "
        "is true.",
        "Yes. {secret_i}. Ask {other} why I {kept quiet|said nothing|held my tongue}.",
        "{secret_i}, and I've spent {every minute since|the whole evening|all night} hoping "
        "{nobody counted|nobody would check|no one noticed}.",
        "I'll say it {once, so listen|one time only|once and once only}. {secret_i}.",
        "It wasn't {murder|me who killed anyone|what you think}. {secret_i}, that's all, and "
        "{it's bad enough|that's bad enough|God knows that's enough}.",
        "Since you've {already guessed|worked it out|half guessed it anyway}: {secret_i}.",
        "{addr}, before {someone else says it for me|it comes out some uglier way|anyone else gets the pleasure}: "
        "{secret_i}.",
        "{secret_i}. I told myself {it didn't matter|it was nothing|nobody would care}. "
        "{I was wrong|I was a fool|How wrong I was}.",
        "Don't look at {other}. {Look at me|It's me you want|I'm the one}. {secret_i}.",
        "{secret_i}. There. It sounds {smaller out loud|less terrible spoken|almost ordinary said aloud} than it "
        "{did in my head|felt at three in the morning|did in the dark}.",
        "I've {rehearsed this|practised saying this|been working up to this} since {time}, {addr}. {secret_i}.",
    ],
    "gestures": [
        "{name} {writes something|jots a word|scribbles a line} in a {pocket notebook|notebook|small notebook} and "
        "{underlines it twice|underlines it|circles it}.",
        "{name} sets the {prop} down {exactly where it was|in its old place|just where it stood}, "
        "{square to the edge|squared to the edge|lined up neatly}.",
        "{name} counts the {cups|glasses|saucers} on the tray {under one breath|under their breath|without a sound}.",
        "{name} checks {addr}'s {cuffs|sleeves|collar} for {stains|marks} "
        "{without asking|without a word|quite openly}.",
        "{name} {glances|looks} at the {clock|mantel clock|wall clock}, then at {other}.",
        "{name} {pulls out|draws back|sets out} a chair for {addr} and "
        "{doesn't sit|stays standing|remains on their feet}.",
        "{name} holds the {prop} {up to the light|under the lamp|to the window} and "
        "{squints|narrows both eyes|tilts it slowly}.",
        "{name} {folds both arms|crosses both arms|folds their arms} and "
        "{leans on the doorframe|leans against the door|props a shoulder on the frame}.",
        "{name} smooths {a crease from a sleeve|a sleeve|a cuff} that "
        "{was never creased|needs no smoothing|was perfectly smooth}.",
        "{name} taps a {pen|pencil} against {a front tooth|one tooth|the table edge}.",
        "{name} {crouches|kneels|bends low} to look under the {table|sofa|sideboard}.",
        "{name} sniffs the rim of {a glass|a cup|an empty glass} and {frowns|sets it down|goes very still}.",
        "{name} tucks {a scrap of paper|a folded note|a torn corner of paper} into "
        "{a pocket|a sleeve|a waistcoat pocket} before {other} sees.",
        "{name} lines up {three things in a row|three objects side by side|three items}: "
        "{a key, a glove|a key, a cufflink|a glove, a matchbook}, the {prop}.",
        "{name} {stops pacing|stops dead|halts mid-step} and {turns to face|swings round to|faces} {addr}.",
        "{name} wipes the {prop} with {a handkerchief|a napkin|a shirt cuff}, "
        "{too late to be subtle|not at all subtly|far too late}.",
        "{name} laughs once, {with no humour in it at all|without any humour|a short dry sound}.",
        "{name} sinks into {a chair|an armchair|the nearest chair} and "
        "{crosses one ankle over a knee|crosses their legs|settles back, too at ease}.",
        "{name} watches {addr}'s {hands|fingers} instead of {addr}'s {face|eyes}.",
        "{name} reads the {back of an envelope|back of a postcard|reverse of a letter}, then the front.",
        "{name} draws {the curtain|a curtain|the blind} back {an inch|a fraction|a hand's width} and "
        "{peers out|looks out|checks the dark}.",
        "{name} offers {addr} {a drink|a glass|a brandy}, then {keeps it|drinks it|thinks better of it}.",
        "{name} paces {the length of the room|the room|out the floor} {heel to toe|step by step|slowly}, counting.",
        "{name} runs a finger along {a shelf|the mantelpiece|a picture frame} and "
        "{inspects the dust|studies the dust|frowns at it}.",
        "{name} {drops|lets fall|tosses} a key {on the table|onto the desk|beside the tray} with a "
        "{flat click|small clatter|sharp click}.",
        "{name} keeps {one hand resting|a hand|one palm flat} on the {prop}, "
        "{as if it might bolt|as though it could vanish|like a guard}.",
        "{name} blinks first, and {visibly hates it|hates it|it shows}.",
        "{name} takes off {a pair of glasses|their spectacles|a pair of spectacles} and polishes them "
        "{slowly|with great care|on a sleeve}.",
        "{name} {leans close to|bends towards|steps in beside} {other} and "
        "{murmurs a name|whispers a name|says a name very low}.",
        "{name} flips back {three pages|a few pages|two pages} and "
        "{reads something twice|rereads one line|reads a line again}.",
        "{name} {tears out a page|rips a page free|tears off a sheet} and hands it to {addr}, "
        "{folded|face down|without a word}.",
        "{name} {steps around|walks wide of|skirts} the spot where "
        "{the body lay|the body was found|they found the body}.",
        "{name} hums {a bar of something|a few notes|half a tune}, then {stops mid-note|stops abruptly|breaks off}.",
        "{name} jams both hands into {pockets|coat pockets|a cardigan} to hide "
        "{the shaking|the tremor|how they shake}.",
        "{name} raises {one eyebrow|an eyebrow} at {other} and {waits|says nothing|lets the silence work}.",
        "{name} slides the {prop} into {an envelope|a drawer|a coat pocket} "
        "{without a word|and looks up|very deliberately}.",
        "{name} tries {the window latch|the window catch|the sash}, then "
        "{the lock on the door|the door lock|the door}.",
        "{name} rubs at {a faint brown mark|a small dark stain|a rusty smear} on {one cuff|a cuff|a sleeve}.",
        "{name} sits {bolt upright|very straight|stiffly upright}, like "
        "{a witness in the dock|someone awaiting a verdict|a schoolchild called out}.",
        "{name} plucks {a hair|a thread|a fibre} from {addr}'s {collar|sleeve|lapel} and {shows it to|holds it up for} "
        "{other}.",
        "{name} winds {a wristwatch|a pocket watch|a watch} that "
        "{has already stopped|stopped hours ago|no longer ticks}.",
        "{name} nods slowly, as if {a sum has finally come out right|a sum finally adds up|something has clicked}.",
    ],
    "narration": [
        "A clock somewhere strikes the quarter. Nobody looks at it.",
        "A cup rattles on its saucer and goes still.",
        "A draught stirs a loose page and lets it settle.",
        "Footsteps overhead stop directly above them.",
        "The lights dip for half a second, then steady.",
        "A phone rings twice in another room and stops.",
        "The only sound is a pen scratching in a notebook.",
        "Beyond the {place}, a door eases open and closed again, very quietly.",
        "A chair leg scrapes; every head turns toward it.",
        "Everyone can see the {prop}. Nobody reaches for it.",
        "Somebody's watch alarm chirps and is smothered at once.",
        "A faint smell of bitter almonds, or perhaps only imagination.",
        "Pipes tick inside the walls as they cool.",
        "Nobody has touched the food. It goes cold on the plates.",
        "Down the corridor, a key turns slowly in a lock.",
        "A lamp hums, the only thing in the room at ease.",
        "The minute hand jumps forward to {time}.",
        "Every reflection in the window seems to be watching someone else.",
        "Far off, a bell; then nothing at all.",
        "A name in the visitors' book has been crossed out in fresh ink.",
        "The ice in an untouched glass settles with a click.",
    ],
    "events": [
        "A second body is found near the {place}, its pockets turned inside out.",
        "The power fails. When the lights come back, nobody can find the {prop}.",
        "A note slides under the door. It gives a time, {time}, and nothing else.",
        "The medical report comes back: {absent} did not die by accident.",
        "A witness nobody knew about turns up at the {place}, asking for {absent}.",
        "Someone finds the {prop} in the pocket of a coat that belongs to somebody else.",
        "A scream rings out from the {place2}, then running feet.",
        "A torn photograph of {absent} turns up with one face scratched away.",
        "Every door to the {place} turns out to be locked from the inside.",
        "A glass shatters on the floor, and the spilled drink smells wrong.",
        "A page from {absent}'s diary is pinned to the wall; the last entry names {group}.",
        "The phone line goes dead mid-call, just as the caller starts to say a name.",
        "A single damp glove is found behind the {prop2}.",
        "The clock in the {place} is found stopped at {time}, its glass smashed.",
        "A safe in the {place2} stands open and empty.",
        "An anonymous letter arrives addressed to {absent}, posted today.",
        "Someone has searched everyone's luggage. Nothing is missing but one key.",
        "A copy of {absent}'s will is found half burned in a wastepaper bin.",
        "Wet footprints lead from the {place} toward the {place2}, then simply stop.",
        "Word comes that nobody can get in or out of the {setting} until morning.",
        "Someone has smashed the {prop} and arranged the pieces.",
    ],
    "exits": [
        "{name} storms out; the door bangs, and the glass in it keeps shivering.",
        "{name} sways, grips the table, and slides to the floor.",
        "{name} is led away by two of {group}, protesting all the way.",
        "{name} walks out without a word, and a key turns on the far side.",
        "{name} takes one sip, goes grey, and collapses.",
        "{name} bolts for the {place} and does not come back.",
        "{name} faints, sending the {prop} to the floor.",
        "{name} makes a cold, polite excuse and is gone.",
        "{name} is locked in a side room until the authorities come.",
        "{name} stops mid-sentence, clutching at a collar, unable to speak.",
        "{name} goes to fetch something from the {place2} and never returns.",
    ],
    "openings": [
        "The {place} is too tidy for a room where someone died. Someone has set the {prop} square on the table, "
        "as if for inspection.",
        "It is {time}, and the {place} still smells of the evening's last meal. Nobody has cleared the plates.",
        "Lamps burn low in the {place}. Every chair has been moved a few inches from where it stood at {time}.",
        "The {place} has one door, and everyone is on this side of it. On the sill: the {prop}, untouched since "
        "{time}.",
        "Coats hang on the pegs of the {place}, one too many. A clock reads {time}, and no one believes it.",
        "The {place} at {time}: a cold teapot, a stopped conversation. Somebody has turned one chair to face the "
        "wall.",
        "Dust sheets cover half the {place}. Someone has lifted one recently and put it back wrong, near the "
        "{prop}.",
        "Someone lit the {place} for a party nobody is enjoying. Beside the {prop}, one glass still has lipstick on "
        "the rim.",
        "Voices drop the moment anyone enters the {place}. Someone has pushed the {prop} into the centre of the "
        "table like a wager.",
        "A clock in the {place} runs four minutes fast. Everyone has checked it against their own watch since "
        "{time}.",
        "Nothing in the {place} is broken, which is the strange part. Someone moved the {prop}, and nothing else.",
        "A single lamp lights the {place}; the corners are for listening. Nobody has gone to bed, though it is {time}.",
        "Chairs stand in a loose circle in the {place}, like a jury. Someone has put the {prop} where all of "
        "them can see it.",
        "The {place} smells of cold ash and furniture polish. A window stands open near the {prop}, and nobody "
        "will say who opened it.",
        "Boots just inside the {place}, still wet. On a side table, the {prop}, wiped suspiciously clean.",
        "Nobody has tidied the {place} since {absent} was last here. A ring of dried coffee marks where they "
        "sat at {time}.",
        "Papers cover every surface of the {place}, sorted by someone in a hurry. Under the heaviest pile: the "
        "{prop}.",
    ],
    "tactics": {
        "press": [
            "Where {were you|did you go} at {time}, {addr}? {Minute by minute|Every minute of it|Step by step}.",
            "Who else {had a key to|could get into|had keys for} the {place}?",
            "Why did you {wash your hands|change your shirt|scrub your nails} before "
            "{anyone asked you to|anyone asked|the rest of us came down}?",
            "What did {absent} {say to you|tell you|whisper to you}, "
            "{right before the end|at the very end|in those last minutes}?",
            "You {touched|handled|picked up} the {prop}. {When, and why|When was that, and why|Why, and when}?",
            "How long {were you alone with|did you spend with|were you shut in with} {absent}?",
            "{Front door or back|Front or back door|Main stairs or back stairs}, {addr}? You "
            "{used one of them|came through one of them|took one}.",
            "Who told you {absent} was dead? {Because nobody told me|Nobody told me|I certainly didn't}.",
            "Again, from {the moment you left|the minute you walked out of|when you left} the {place}. "
            "{Slowly|Slower this time|Take your time}.",
            "Why does your {story|account|timeline} change {every time|whenever} {other} "
            "{steps out|leaves the room|looks away}?",
            "What were you {looking for|doing|after} in the {place2}?",
            "Name {one person|one witness|anyone at all} who saw you before {time}.",
            "How {did you know|could you tell} which {glass|cup|plate} was {absent}'s?",
            "What's in your {pocket|hand|coat}, {addr}? {Show me|Let me see|Out with it}.",
            "When did you last {see|notice|lay eyes on} the {prop}? {Think hard|Think carefully|Be precise}.",
        ],
        "accuse": [
            "You were in the {place} at {time}. "
            "{Your shoes say so|There's mud on your shoes|Your shoes give you away}.",
            "You knew {absent} was dead {before anyone found the body|before the alarm went up|before any of us did}.",
            "You moved the {prop}, {addr}. There's {a clean square|a clean patch|no dust} where it "
            "{stood|used to sit|was}.",
            "You {hated|loathed|couldn't stand} {absent}, and tonight you "
            "{finally had your chance|got your chance|saw your moment}.",
            "Your alibi is {other}, and {other} was {asleep|dead drunk|in the bath}.",
            "Not one question {from you|out of you} about how {absent} died, {addr}. {Why not|Why is that|Why's that}?",
            "You wrote {the note|that note|the letter}, {addr}. Same ink, same {crossed sevens|looped g's|heavy hand}.",
            "You lied about the {place2}. {Twice|More than once|Twice now}.",
            "Somebody wiped the {prop} down, {addr}. "
            "{Innocent people leave fingerprints|Innocent hands don't bother|Only the guilty do that}.",
            "It was you {outside|behind|in the corridor by} the {place}, {addr}. I know "
            "{your walk|your step|that cough}.",
            "You've been {steering us toward|pointing us at|nudging us toward} {other} all night. "
            "{Why|Why is that|What for}?",
            "{Motive|A motive}, {a key|the key|a spare key} and a {twenty-minute|half-hour|forty-minute} gap. "
            "{That's you|That's you all over|That spells you}, {addr}.",
            "You didn't {find|stumble on} {absent}. You {waited beside|sat with|stood over} {absent}.",
            "You burned {something|a letter|some papers} at {time}, {addr}. "
            "{I can still smell it|The smoke's still in your hair|I can smell it on you}.",
            "You're not {grieving|sorry|upset}, {addr}. You're {relieved|glad|delighted}.",
        ],
        "deflect": [
            "Why not ask {other} where they were? I'd {love to hear it|like to hear that|be fascinated}.",
            "I'm flattered you {think I'm clever enough|think me capable|rate me so highly}, {addr}.",
            "We're {wasting time on me|going round in circles about me|talking about me} while "
            "{the real one|the killer|the guilty one} sits there {smiling|smirking|taking notes}.",
            "Funny how you {always|somehow} know "
            "{where everyone else was|everyone's movements but your own|where the rest of us were}.",
            "Ask yourself {who benefits|who gains|who's better off now}. {It isn't me|Not me|It's not me}.",
            "And where's your {alibi|story}, {addr}? I haven't {heard it yet|heard a word of it|heard one}.",
            "{Look at|Stare at|Point at} the {prop} instead of at me.",
            "{Shouldn't we be asking|Isn't the question|Surely the question is} who {locked|unlocked} the {place}?",
            "You're {awfully keen|very eager|in a great hurry} to {wrap this up|close this|have it settled} before "
            "{morning|anyone official arrives|daylight}, {addr}.",
            "{My hands aren't the ones shaking|I'm not the one shaking|I'm not the one sweating}, {addr}.",
            "Try {absent}'s {enemies|creditors|old friends}. It's a {long list|very long list|crowded field}, and I'm "
            "{near the bottom|nowhere near the top|well down it}.",
            "Let's talk about {your evening|your movements|where you were} for a change.",
            "If I {were hiding something|had something to hide|were guilty}, would I "
            "{still be sitting here|be sitting here|stay in this room}?",
            "Did anyone {check|search|look in} the {place2}? No? Then {sit down|spare me|stop staring at me}.",
        ],
        "bargain": [
            "Tell me {who you saw|who was there|who passed you}, and I'll "
            "{forget what you were carrying|overlook the rest|say nothing of your little errand}.",
            "Give me the {prop}, {addr}, and I'll {keep your name out of it|leave you out of it|forget I saw you}.",
            "I'll {vouch for you|cover for you|back your story} until {time}. After that, "
            "{you're on your own|you're alone|I never met you}.",
            "Your secret for mine. {Fair's fair|It's a fair trade|That's fair}.",
            "Help me with {other}, and I'll leave the {place} out of {my account|my statement|it}.",
            "One {honest|straight|true} answer buys you {one hour|an hour|half an hour} of my "
            "{silence|discretion|goodwill}.",
            "You {cover for|stand by} me, I {cover for you|do the same for you|return the favour}. "
            "{Until morning|Until the police come|Just till daylight}.",
            "I have {absent}'s {letter|diary|notebook}. You have the {key|spare key}. "
            "{Shall we trade|Care to swap|Fair exchange}?",
            "Say {you were with me|we were together} at {time}, and I'll "
            "{say the same for you|return the favour|swear to it too}.",
            "Name {the person|names|them}, {addr}, and they'll never "
            "{learn it came from you|know who told me|hear your name}.",
            "I can make the {prop} {disappear|vanish|go away}. "
            "{What's that worth to you|What would you give for that|Worth something, isn't it}?",
            "Help me {catch them|catch the killer|nail them}, and {whatever you did|your little secret|the rest} stays "
            "between us.",
            "Tell me what {absent} {had on you|knew about you}. "
            "{I'll tell you what|Then I'll say what|And I'll tell you what} {absent} {had on me|knew about me}.",
            "I'll {go into|search|come down to} the {place2} with you. {You first|After you|You lead}.",
        ],
        "threaten": [
            "Lie to me {again|once more}, {addr}, and I'll "
            "{read your letters aloud|read out your letters|tell them about the letters}.",
            "By {morning|daylight|breakfast} someone will be {charged|arrested|taken away}. I'd hate "
            "{it to be you|for it to be you|that to be you}.",
            "I know where the {prop} {came from|went|was hidden}. Shall I tell {group}?",
            "{One word from me|A word from me|One quiet word}, and {other} "
            "{stops covering for you|stops lying for you|drops you}.",
            "Keep {smiling|smirking}, {addr}. It won't {look good|read well|help you} in the statement.",
            "I {wrote down|noted|kept a note of} everything you said at {time}. "
            "{Every word|Word for word|Every syllable}.",
            "{Push me|Keep pushing|Try me} and I'll {tell them about|tell them what I saw in|mention} the {place}.",
            "The next {person|one} who {asks about you|asks me about you} gets "
            "{the truth from me|the truth|the whole story}.",
            "I can {put you|place you} in the {place} at {time}. "
            "{Don't make me|Don't force me|Don't make me prove it}.",
            "{Try leaving|Go on, walk out|Head for the door}, {addr}. See how "
            "{guilty that looks|that looks to them|guilty you look}.",
            "I kept a {copy|carbon|second copy}. {Of course I did|Naturally|You knew I would}.",
            "If I'm {charged|arrested|taken in}, {addr}, yours is "
            "{the first name I give|the first name they hear|the name I give}.",
            "{Repeat that|Say that again|One more word}, {addr}, and I'll show {other} what I {found|turned up} in "
            "your {coat|room}.",
            "{Cross me|Lie again|Push your luck} and {group} will hear "
            "{where you really were|what you were really doing|the truth about your evening}.",
        ],
        "charm": [
            "You've more {sense|brains|wit} than {the rest of them put together|the whole room|all of them together}, "
            "{addr}. {Help me|Help me out|Give me a hand}.",
            "You notice things. I've {seen you at it|watched you doing it|seen you looking} all night.",
            "I've always {liked|rather liked|been fond of} you, {addr}. "
            "{Don't make me stop|Don't spoil it|Don't ruin that}.",
            "Come on, you're {far too clever|much too sensible|far too careful} to be {the killer|our killer|the one}.",
            "Sit with me. Two {sensible|clever|level-headed} people can "
            "{sort this out|work this out|get to the bottom of it}.",
            "{absent} {trusted you|always trusted you|relied on you}. "
            "{I'd like to, too|I'd like to do the same|I'd like to, if you'll let me}.",
            "You've got {a kind face|an honest face|such a kind face}, {addr}. It's wasted on {lying|lies|this}.",
            "If anyone can {remember the times|keep the times straight|recall the exact times}, it's you.",
            "I'd take {your word|your account} over {other}'s {any night|any day|every time}.",
            "You're {shaking|cold|pale}. Here, {have my chair|take my chair|sit down}. Now "
            "{tell me|talk to me|tell me everything}.",
            "Let's not {fight|quarrel|bicker}, {addr}. You're "
            "{the best company I've had all evening|the only good company here|the best part of this evening}.",
            "You have a {lovely|charming|graceful} way of not answering. "
            "{Try answering|Try the other way|Now try answering}.",
            "I'd {hire you|employ you|take you on}, you know. {Sharp eyes|Good eyes|Those sharp eyes}. What did they "
            "{see|catch|pick up}?",
            "You're wasted on {group}, {addr}. Show me {how good you are|what you've noticed|how sharp you are}.",
        ],
        "plead": [
            "Please, {addr}. If you saw {anything|something|even a shadow}, {say it now|tell me now|say so now}.",
            "I didn't {do it|kill anyone}. I need {one person here|just one of you|someone in this room} to believe "
            "{that|me}.",
            "Don't let them {pin it on|blame} {other}. {other} hasn't the {nerve|strength|stomach} to fight back.",
            "{I'm begging you|Please, I'm asking}: {give me|hand me} the {prop} before "
            "{anyone else looks at it|anyone sees it|the others find it}.",
            "{Just tell me|Tell me at least|Only tell me} {absent} didn't suffer.",
            "I have {children at home|a family|a mother who'll read the papers}, {addr}. "
            "{Keep my name out of this|Leave my name out|Don't put my name down}.",
            "Help me, {addr}. Whoever did this {isn't finished|hasn't finished|isn't done yet}.",
            "One hour, {addr}. Give me {one hour|an hour|till morning} before you {tell anyone|tell them|say a word}.",
            "You knew me {before tonight|long before this|before any of this}. "
            "{Doesn't that count|Doesn't that mean something|Surely that counts}?",
            "Please, {addr}, not the {place}. {Not alone|Not on my own|Not by myself}.",
            "Don't make me {say it|tell it} with {all of them listening|everyone listening|the whole room watching}.",
            "I can't {do this|face this|manage this} on my own, {addr}. {Not tonight|Not in the dark|Not now}.",
            "I was {wrong about you|unfair to you|too hard on you}. {I'm sorry|Forgive me}. Now please, "
            "{help|help me}.",
            "If you ever {liked|cared for|were fond of} {absent}, tell me what you {heard|saw} at {time}.",
        ],
        "confide": [
            "I saw {absent} {crying|arguing with someone|shaking} near the {place} "
            "{last week|on Sunday|a few days ago}. I never asked why.",
            "I'm {frightened|scared|afraid}, {addr}. I haven't "
            "{said that to anyone|told anyone that|admitted that to anyone}.",
            "I nearly {didn't come tonight|stayed home tonight|sent my apologies}. I wish I'd "
            "{listened to myself|trusted my instinct|stayed away}.",
            "{absent} lent me {money|a great deal of money|two hundred pounds} once. I never "
            "{paid it back|repaid a penny|paid back a penny}.",
            "I lied to {the others|the rest of them} {earlier|before}. Not to you. {Not now|Not tonight|Not any more}.",
            "I found {absent}'s {diary|notebook|last letter}. I haven't "
            "{had the courage to open it|dared open it|opened it yet}.",
            "I keep thinking I {could have stopped it|should have seen it coming|might have stopped it}.",
            "My {father|brother|mother} died {like this|this way}. Nobody believed me "
            "{then either|back then|that time either}.",
            "I don't {trust|believe} {other}. {Never have, if I'm honest|Never have|Not for a minute}.",
            "I used to be {good at this|good at this sort of thing|sharp at this}, {addr}. Then someone "
            "{died because of me|died on my watch|got hurt because of me}.",
            "{absent} gave me the {prop}, {addr}. {As a present|As a gift|For my birthday}.",
            "Between us: I heard {a door|footsteps|a voice} at {time}, and I was "
            "{too scared to look|too frightened to look|too much of a coward to look}.",
            "I think {absent} {knew it was coming|saw it coming|expected it}.",
            "I lied about {my evening|where I was|tonight}. I was with {someone|a person} I "
            "{shouldn't have been|had no business being with|shouldn't have been with}.",
        ],
    },
    "replies": {
        "to_question": [
            "Where was I? {Exactly where I said I was|Where I told you|Right where I said}, {addr}.",
            "No. And {asking twice|asking again|the same question twice} won't change it.",
            "Yes, I saw the {prop}. So did {half of|most of|every one of} {group}.",
            "At {time}? {Asleep|In bed|Fast asleep}, like {any sane person|anyone sensible|a sane person}.",
            "You'd like a {simple|tidy|neat} answer. {There isn't one|There isn't one to give|I haven't got one}.",
            "I can't {remember|recall}, and I {resent being asked|don't like being asked|resent the question}.",
            "Ask {other}. {other} was {watching me|keeping an eye on me|glued to me} all night.",
            "Since you ask {so nicely|so politely|so sweetly}: near the {place}, {alone|on my own|by myself}.",
            "Why would I {lie|bother lying} about {a thing like that|something so small|that}?",
            "{Fair|Good|Reasonable} question. Wrong person.",
            "{The honest answer|Honestly|The truth}? I wasn't {counting the minutes|watching the clock|keeping time}. "
            "Someone {was|else was}.",
            "{Does it look like|Do I look like} I {wear a watch|carry a watch|keep a diary}, {addr}?",
            "Ask me again when {there's a lawyer in the room|my solicitor is here|I've had some sleep}.",
            "That's {two questions|three questions|a lot of questions}. I'll "
            "{take the easier one|answer the easy one|pick one}.",
            "Who {put you up to|told you to try} asking me that?",
        ],
        "to_accusation": [
            "Me? I {raised the alarm|called for help|found the body}, {addr}.",
            "That's a {neat|pretty|tidy} theory. It {falls apart|collapses|comes undone} at {time}.",
            "{Say that|Try saying that|Repeat that} {in front of|to|before} {group} and "
            "{see who laughs|watch their faces|see who believes you}.",
            "You're {accusing|blaming|pointing at} me because I'm {convenient|handy|the easy choice}.",
            "I won't {dignify that|answer that|rise to it}. "
            "{Actually, I will|On second thought, I will|No, wait, I will}: {no|no, I didn't|absolutely not}.",
            "Prove it. Go on, {addr}. Prove {one word of it|a single word|any of it}.",
            "Funny, I was {about to|just going to} say {the same about you|that about you|the very same of you}.",
            "I had {every reason|plenty of reasons|good reason} to {hate|loathe} {absent}. "
            "{Hating isn't killing|Hating someone isn't killing them|That's not the same as killing}.",
            "{All right|Fine|Yes}, I was there. That {doesn't make me|hardly makes me} {the one|the killer|guilty}.",
            "Check my {hands|nails}, {check|look at} my {sleeves|cuffs|pockets}, check the {prop}. "
            "{Nothing|Clean|Not a mark}.",
            "You've been {rehearsing that|saving that up|practising that} since {you sat down|dinner|you walked in}, "
            "haven't you?",
            "Careful. "
            "{Accusations leave fingerprints too|Accusations stick to the accuser|That kind of talk leaves marks}.",
            "If I'd done it, {addr}, I'd have {done it better|made a better job of it|been far tidier}.",
            "That's {your grudge|your temper|your dislike of me} talking, not {the evidence|the facts}.",
            "I {loved|adored|cared about} {absent}. {Ask anyone|Everyone knew it}. Ask {other}.",
        ],
        "to_statement": [
            "That's not {how I remember it|how it happened|what I saw}, {addr}.",
            "{Interesting|Hm|Really}. Go on, you're {nearly right|almost there|close}.",
            "You say that {as if|like} it {settles something|proves something|ends the matter}.",
            "Mm. And the {prop}? You {skipped|left out|forgot} the {prop}.",
            "I heard a {different|rather different|very different} version from {other}.",
            "{True|Accurate}, as far as {it goes|that goes}. {It doesn't go far|Which isn't far|Not very far}.",
            "{Nice and tidy|Very neat|All very tidy}. Too {tidy|neat}.",
            "That would explain the {cups|glasses|clock}. It doesn't explain {you|your face|your hands}.",
            "Everyone keeps telling me {what they didn't see|what they weren't doing|where they weren't}.",
            "You've {left out|skipped|glossed over} the part about the {place}.",
            "I'll {write that down|make a note of that|note that}. {Spell it for me|Slowly, please|Every word}.",
            "Strange. {absent} said {almost exactly that|nearly the same thing|those very words} "
            "{last week|on Friday|a week ago}.",
            "If that's {the truth|true|all it is}, why are you {whispering|shaking|looking at the door}?",
            "So you {noticed too|saw it as well|spotted it too}. I thought "
            "{it was only me|I was the only one|I'd imagined it}.",
            "Right. Now tell it {again, backwards|again from the end|backwards}.",
        ],
        "to_reveal": [
            "So {secret_you}, and {still you let me|you sat there and let me|you let me} "
            "{defend you|stand up for you|speak up for you}, {addr}?",
            "{Hold on|Wait|One moment}. You're telling me {secret_you}? And you "
            "{kept that to yourself|sat on that|said nothing}?",
            "And {all this time|all evening|the whole time} {secret_you}.",
            "Well. So {secret_you}. That "
            "{rewrites the whole evening|changes the whole evening|turns the night upside down}.",
            "{Let me be sure I heard it|Let me get this straight|So I heard right}: {secret_you}.",
            "Of course {secret_you}. It's the only {thing that fits|explanation that fits|answer that works}.",
            "Wait, {secret_you}? Then who was {in|inside} the {place} with {absent}?",
            "I {defended you|vouched for you|stood up for you} to {other}. And {secret_you}.",
            "You mean {secret_you} while we were {all looking the other way|all at dinner|looking elsewhere}?",
            "{Say it again, slower|Again, slower|Say that again}. {addr}, {secret_you}?",
            "{I knew it|I knew it all along|I thought so}. I knew {secret_you}, I just "
            "{couldn't prove it|had no proof|couldn't show it}.",
            "Then {secret_you}, and every word {since|tonight} has been {a lie|a lie to us|theatre}.",
            "No wonder you {flinched|went white|wouldn't look at me}: {secret_you}.",
            "And {absent} {found out|learned|discovered} that {secret_you}? That's "
            "{a motive|a reason to kill|motive enough}, {addr}.",
            "Fine, so {secret_you}. That {isn't murder|doesn't make you a killer|isn't a killing}, though.",
        ],
        "to_event": [
            "Nobody {touch anything|move|touch a thing}. {Not one thing|Not a single thing|I mean it}.",
            "Where's {other}? {other} was {right here a second ago|here a moment ago|beside me just now}.",
            "That came from the {place}. Everyone {stay where I can see you|stay in sight|keep where I can see you}.",
            "{Check the time|Note the time|Mark the time}. Somebody {check the clock|look at a watch|write it down}.",
            "Someone {planned that|arranged that|meant that to happen}. Someone {standing here|in this room|among us}.",
            "Count heads. How many {of us were there|were we|of us were here}?",
            "Did {anyone|anybody} see who was {nearest|closest|by the door}?",
            "Stay calm. {Panic is what they're counting on|They want us to panic|That's what they want}.",
            "Hands {on the table|where I can see them}, please. {Everyone's|All of you|Everybody}.",
            "That's {twice now|twice tonight|the second time}. I'm starting to "
            "{keep score|take it personally|keep count}.",
            "Whoever's doing this {wants an audience|wants us watching|is enjoying it}.",
            "Oh, {marvellous|wonderful|splendid}. As if tonight {needed more|wasn't enough|needed help}.",
            "Somebody fetch {a light|a torch|a lamp}. And watch each other {while you do|as you go|on the way}.",
            "Nobody leaves the {place}. {Not yet|Not until I say|Not one of you}.",
            "{Did you hear that|You heard that too|Hear that}? The {place2}, I think.",
        ],
        "opener": [
            "Sit down, {addr}. This {may take a while|could take some time|won't be quick}.",
            "So. Everyone's {had time|had long enough} to "
            "{get their stories straight|agree on a story|tidy up their stories}.",
            "I've been {going over|turning over|piecing together} the evening, {addr}. "
            "{Minute by minute|Every minute of it|Hour by hour}.",
            "{Close the door|Shut the door|Get the door}, {addr}. {other} can stay.",
            "Let's {begin|start} with the {prop}, shall we?",
            "I asked for the {place} because {there's only one way out|it has one door|nobody can slip out of it}.",
            "Before {anyone says anything|anyone speaks|we start}, I want "
            "{the times|everyone's times|the times from everyone}.",
            "Good, {other} is here too. That {saves me repeating myself|saves time|spares me saying it twice}.",
            "{addr}. You look like you {haven't slept|haven't slept a wink|need a drink}.",
            "{Coffee|Tea|A drink}, {addr}? It'll be a long {one|night}.",
            "Nobody's {touched|moved|gone near} the {prop} since {time}. I {made sure|saw to it|made certain}.",
            "{Here's where we stand|This is where we are|So far}: {one body|a body|one death}, and "
            "{no alibi worth the name|not one good alibi|nobody with an alibi}.",
            "I wanted you {here first|in first|to myself}, {addr}, before the others.",
            "Someone {in here|in this room} owes me a {better story|truer story|better account} than "
            "{the last one|the one I got|last time}.",
        ],
    },
    "beats": {
        "opening": [
            "The body in the {place}",
            "{hero} counts the guests and comes up one short",
            "Everyone's last sight of {absent}",
            "The door that was locked from inside",
            "{rival} arrives too late to be innocent",
            "{hero} finds the {prop} where it shouldn't be",
            "A quiet evening ends at {time}",
            "{ally} lies about the time, and {hero} notices",
        ],
        "middle": [
            "{holder}'s alibi for the {place} collapses",
            "The second clue points at {ally}",
            "{rival} tells the truth, which is worse",
            "A search of the {place2}",
            "{hero} accuses the wrong person",
            "The missing hour",
            "{holder} is seen burning a letter",
            "Someone tries to silence a witness",
        ],
        "climax": [
            "Everyone in one room",
            "{hero} names the killer",
            "What the {prop} gives away",
            "The trap in the {place}",
            "{holder} breaks",
            "The last alibi",
            "Back to {time}",
            "{hero} reads {absent}'s last letter aloud",
        ],
    },
    "must_change": {
        "opening": [
            "{absent} is found dead, and nobody may leave",
            "{hero} learns someone moved the {prop} after the death",
            "Everyone's first alibi is on the record",
            "{holder} is caught in a small lie about the {place}",
            "{hero} decides to find the killer before anyone official arrives",
            "{rival} and {hero} agree on nothing except that it was murder",
            "The time of death is fixed at {time}",
            "{ally} admits seeing {absent} alive after everyone else did",
        ],
        "middle": [
            "{holder}'s secret is out, and with it a motive",
            "{hero} loses the trust of {ally}",
            "Thanks to the {prop}, someone's story about {time} falls apart",
            "{rival} becomes the prime suspect",
            "A witness is attacked, and the circle of suspects shrinks",
            "{hero} realises the killer knew about the {place}",
            "{holder} admits a lie but denies the murder",
            "Two alibis fall apart at once",
        ],
        "climax": [
            "The killer is named in front of everyone",
            "{hero} proves who held the {prop} at {time}",
            "The culprit confesses or runs",
            "{holder}'s secret closes the case",
            "{hero} chooses the truth over protecting {ally}",
            "The killer's alibi breaks under one last question",
            "{absent}'s death is finally explained",
            "The innocent are cleared, and the guilty one has no way out",
        ],
    },
}
