"""Pools every genre shares: traits, voices, reactions, emotions, gestures and thoughts.

Slots: {addr} the first name spoken to, {first} the speaker's first name, {other} another
present first name, {noun} a noun picked up from the last line, {prop} a prop of the story,
{place} 'the server room', {in_place} 'on the harbour wall', {motive} a verb phrase,
{fear} a noun phrase, {hint} 'what happened at 2:14 a.m.'.
"""

TRAITS = [
    "meticulous", "charming", "short-tempered", "secretive", "loyal to a fault", "ambitious",
    "superstitious", "funny when scared", "proud", "observant", "impulsive", "soft-spoken", "stubborn",
    "idealistic", "cynical", "generous", "paranoid", "vain", "fiercely protective", "restless",
    "methodical", "sentimental", "blunt", "evasive", "brave", "jealous", "patient", "reckless",
    "quietly ruthless", "warm", "awkward", "calculating", "gullible", "witty", "haunted", "competitive",
    "dutiful", "flirtatious", "moody", "principled",
]

# (speaking style, voice). The voice picks openers and line length.
SPEAKING_STYLES = [
    ("Clipped sentences, never wastes a word", "terse"),
    ("Blunt and flat, answers questions with questions", "terse"),
    ("Speaks in short commands, like someone used to being obeyed", "terse"),
    ("Formal and precise, chooses every word like evidence", "formal"),
    ("Polite to the point of menace, never raises the voice", "formal"),
    ("Measured, old-fashioned courtesy with a sting at the end", "formal"),
    ("Dry, deadpan humour that hides real fear", "sardonic"),
    ("Sarcastic, quick with a comeback, slow with the truth", "sardonic"),
    ("Wry asides, as if narrating a bad film about their own life", "sardonic"),
    ("Nervous, rambling, apologises mid-sentence", "nervous"),
    ("Hesitant, starts over when cornered, laughs at the wrong moments", "nervous"),
    ("Talks too fast when lying and too slowly when honest", "nervous"),
    ("Warm and teasing, calls people by their first names", "warm"),
    ("Gentle and steady, the voice people confess to", "warm"),
    ("Easygoing, folksy, disarming with small talk", "warm"),
    ("Theatrical, loves a grand phrase and an audience", "grand"),
    ("Flowery and dramatic, quotes things half-remembered", "grand"),
    ("Speaks like a preacher: big words, bigger pauses", "grand"),
]

VOICE_OPENERS = {
    "terse": ["Listen.", "No.", "Fine.", "Stop."],
    "formal": ["With respect,", "If I may,", "Permit me to be plain:", "Forgive me, but", "Let us be exact:"],
    "sardonic": ["Oh, wonderful.", "Well, isn't this cosy.", "Marvellous.", "Here we go.", "Of course."],
    "nervous": ["I— look,", "Okay. Okay.", "Sorry, I just—", "Can I say something?", "Um. Right."],
    "warm": ["Hey.", "Easy, now.", "Come on.", "Breathe.", "Look at me."],
    "grand": ["Friends,", "Let the record show:", "Mark my words:", "Oh, how the mighty squirm.", "Ah."],
    "plain": ["Look,", "Right.", "Okay.", "Honestly?", "Listen,"],
}

# Reactions to the last line. NOUN uses {noun}; QUESTION answers a question; PLAIN addresses
# the speaker; AFTER_NARRATION follows an event; OPENING starts a scene.
REACT_NOUN = [
    "The {noun}? Of all the things to bring up, {addr}.",
    "Forget the {noun} for one second.",
    "You keep circling back to the {noun}.",
    "Don't wave the {noun} at me like it proves anything.",
    "If we're talking about the {noun}, let's talk about all of it.",
    "Funny you should mention the {noun}, {addr}.",
    "Who told you about the {noun}?",
    "I've seen that {noun} before. So have you.",
    "The {noun}. Right. That's where you want to start?",
    "Everybody keeps saying 'the {noun}' as if it's a prayer.",
    "You touched the {noun}, {addr}. I saw you.",
    "Put the {noun} down and say that again.",
    "The {noun} won't lie for you, {addr}. People might.",
    "Interesting. Nobody said a word about the {noun} an hour ago.",
]
REACT_QUESTION = [
    "You want an answer? Fine.",
    "That's a question you should be asking yourself, {addr}.",
    "No. Next question.",
    "Why does everyone keep asking me that?",
    "I'll answer that when you answer mine, {addr}.",
    "Ask me again and see what happens.",
    "Where was I? Where were you?",
    "You already know the answer, {addr}.",
    "That depends on who's asking.",
    "I could lie to you. Would that help?",
]
REACT_PLAIN = [
    "{addr}, stop.",
    "Listen to yourself, {addr}.",
    "That's rich, coming from you.",
    "You don't get to say that to me, {addr}.",
    "Maybe. Maybe not.",
    "Say that again. Slowly.",
    "Careful, {addr}.",
    "I heard you the first time.",
    "No, {addr}. You don't get to make this simple.",
    "You rehearsed that.",
    "Nice speech. Now tell them the rest.",
    "Is that what you tell yourself at night, {addr}?",
    "Wrong, and you know it.",
    "I was hoping you'd say that.",
]
REACT_NARRATION = [
    "Did everyone hear that?",
    "Nobody move.",
    "Tell me that was the wind.",
    "That's not a coincidence.",
    "Well. That settles one thing.",
    "Don't look at me. I didn't do that.",
    "That's the second time tonight.",
    "Somebody say something.",
]
REACT_OPENING = [
    "So this is where it happens.",
    "All right. Everyone's here.",
    "Let's not pretend this is a social call.",
    "I'll say it, since nobody else will.",
    "Nobody leaves {place} until we sort this out.",
    "Well, {addr}. Here we are again.",
    "Close the door. This stays {in_place}.",
]

# Lines every genre can use, by tension band.
LINES = {
    "low": [
        "I'd like to know who had the {prop} last.",
        "Somebody {in_place} knows more about the {prop} than they're saying.",
        "Let's start with something simple: where everyone was an hour ago.",
        "I'm not accusing anyone. I'm just counting.",
        "You're very calm for someone standing {in_place}, {addr}.",
        "I've been quiet all evening. That should worry you more than it does.",
        "Tell me about the {prop}. Take your time. I have all night.",
        "We can still do this the easy way.",
        "I noticed something earlier, and I've been waiting to see who else did.",
        "I know what I want: to {motive}. What do you want, {addr}?",
    ],
    "mid": [
        "Your story has changed twice in ten minutes, {addr}.",
        "You were the only one near the {prop}, and we both know it.",
        "Somebody moved the {prop}. It wasn't me.",
        "Every time I ask a straight question, {other} changes the subject.",
        "I didn't come this far to stand {in_place} and be lied to.",
        "You think I can't see what you're doing, {addr}? I taught you how.",
        "I'm here to {motive}, and nobody {in_place} is going to stop me.",
        "Half the people in this room are lying. I'm trying to work out which half.",
        "If you've got nothing to hide, hand over the {prop}.",
        "I'm tired of being the only one telling the truth tonight.",
    ],
    "high": [
        "Enough! Somebody {in_place} is lying, and I'm done being polite.",
        "Give me the {prop}, {addr}. Now.",
        "Say it. Say it to my face, {addr}.",
        "I'll burn every bridge {in_place} if that's what it takes to {motive}.",
        "One more lie and I walk out that door and tell everyone everything.",
        "You want me to beg? I won't. Not to you.",
        "Don't you dare put this on me, {addr}!",
        "We are out of time, and you are still lying!",
        "I swear, if {other} says one more word, I'll scream.",
        "Look at me! Look at what you did!",
    ],
}

CLOSERS = [
    "So where were you, {addr}?",
    "Well, {addr}? I'm waiting.",
    "Are you going to tell them, or shall I?",
    "Look at me and say it isn't true.",
    "What aren't you telling us?",
    "Who else knows?",
    "Think about that before you answer.",
    "Your move, {addr}.",
    "And don't tell me it was an accident.",
    "I'd choose the next words carefully.",
    "I'm not asking twice.",
    "Or did you think nobody would notice?",
]

EMOTIONS = {
    "low": ["wary", "curious", "guarded", "amused", "calm", "wistful", "skeptical", "watchful", "tired"],
    "mid": ["suspicious", "irritated", "anxious", "defiant", "hurt", "tense", "cornered", "bitter"],
    "high": ["furious", "terrified", "desperate", "panicked", "anguished", "reckless", "shaken", "frantic"],
    "reveal": ["ashamed", "relieved", "defiant", "shaken", "raw"],
}

GESTURES = {
    "low": [
        "{first} pours a glass of water and doesn't drink it.",
        "{first} leans against the doorframe, arms folded.",
        "{first} straightens a stack of papers that is already straight.",
        "{first} checks the phone, then turns it face down.",
        "{first} studies {addr} for a long beat.",
        "{first} picks up the {prop}, weighs it, sets it back down.",
        "{first} wanders to the window and watches the dark outside.",
    ],
    "mid": [
        "{first} steps between {addr} and the door.",
        "{first} taps the {prop} twice, deliberately.",
        "{first} slides the {prop} across the table toward {addr}.",
        "{first} circles the table slowly.",
        "{first} laughs, a little too loudly.",
        "{first} rubs a thumb over an old scar on one knuckle.",
        "{first} pockets the {prop} before anyone can object.",
    ],
    "high": [
        "{first} slams a palm flat on the table.",
        "{first} grabs {addr} by the sleeve.",
        "{first} backs toward the exit, eyes on {addr}.",
        "{first} sweeps the {prop} off the table.",
        "{first} gets right into {addr}'s face.",
        "{first}'s voice cracks; {first} doesn't care.",
        "{first} knocks a chair over getting up.",
    ],
    "reveal": [
        "{first} sits down heavily, as if the words weighed something.",
        "{first} looks at the floor, then straight at {addr}.",
        "{first} lets out a breath held for years.",
        "{first}'s hands finally stop shaking.",
    ],
}

THOUGHTS_SECRET = [
    "If anyone looks closely at {hint}, it's over.",
    "Keep your hands still. They can't know about {hint}.",
    "Not now. Not in front of {addr}.",
    "{addr} suspects. Of course {addr} suspects.",
    "One wrong word and they'll find out about {hint}.",
    "Every question brings them closer to {hint}.",
]
THOUGHTS_FEAR = [
    "Don't think about {fear}.",
    "Of all the nights to think about {fear}.",
    "This is how it starts. {fear_cap}.",
    "Breathe. Not {fear}. Not yet.",
]
THOUGHTS_OTHER = [
    "{addr} is lying. The question is why.",
    "Watch {other}. {other} hasn't blinked in a minute.",
    "I used to trust {addr}. I used to trust a lot of people.",
    "Whoever planned this knew exactly where I'd be standing.",
    "They're all looking at me. Good. Let them.",
]

CONFESSION_OPENERS = [
    "I can't carry this anymore.",
    "You want the truth? Here it is.",
    "{addr}, look at me.",
    "Everyone, stop. There's something you need to hear.",
    "I should have said this hours ago.",
    "Fine. Fine! You want to know?",
]
CONFESSION_CLOSERS = [
    "Now you know.",
    "Do what you want with it.",
    "That's all of it. I swear.",
    "I'm sorry.",
    "There. Happy?",
    "I've wanted to say that for a long time.",
]

# (what A calls the relationship, what B calls it): "boss" in A's sheet means B is A's boss.
RELATIONSHIP_PAIRS = {
    "warm": [("old friend", "old friend"), ("mentor", "protégé"), ("confidant", "confidant"),
             ("sibling", "sibling"), ("childhood friend", "childhood friend"), ("loyal deputy", "boss")],
    "cold": [("rival", "rival"), ("ex-partner", "ex-partner"), ("creditor", "debtor"), ("old enemy",
    "old enemy"),
             ("estranged sibling", "estranged sibling"), ("bitter ex-colleague", "bitter ex-colleague")],
    "neutral": [("colleague", "colleague"), ("boss", "employee"), ("business partner", "business partner"),
                ("former lover", "former lover"), ("neighbour", "neighbour"), ("acquaintance",
                 "acquaintance")],
}
RELATIONSHIP_VIEWS = {
    "warm": [
        "{first} trusts {other} more than is wise.",
        "{first} would lie for {other} without being asked.",
        "{first} owes {other} a debt that was never written down.",
        "{first} sees in {other} the person {first} wanted to be.",
    ],
    "cold": [
        "{first} has never forgiven {other} for the last time.",
        "{first} thinks {other} is one bad night away from ruining everyone.",
        "{first} keeps a list of {other}'s lies and it is getting long.",
        "{first} smiles at {other} the way people smile at a dog that bites.",
    ],
    "neutral": [
        "{first} knows {other} well enough to distrust the easy answers.",
        "{first} finds {other} useful, and hasn't decided whether that is enough.",
        "{first} and {other} share an office, a past, and very little else.",
        "{first} can't read {other}, and it is starting to matter.",
    ],
}

VERB_STARTS = {
    "protect", "prove", "find", "get", "win", "keep", "save", "escape", "expose", "avenge", "become",
    "earn", "clear", "hide", "stop", "make", "take", "reclaim", "pay", "bury", "walk", "finish", "be",
    "buy", "steal", "uncover", "rescue", "return", "survive", "destroy", "claim", "break", "marry", "leave",
    "impress", "land", "pull", "sell", "solve", "outshine", "recover", "defend", "free", "restore", "seize",
    "reach", "tell",
}

NARRATION = [
    "Nobody speaks. The silence stretches until it hurts.",
    "{name} goes very still.",
    "The clock on the wall is suddenly very loud.",
    "{name} wipes a palm on a sleeve and looks at {name2}.",
    "Somewhere a door bangs in a draught.",
    "{name} starts to say something, then thinks better of it.",
    "A glass tips over. Nobody rights it.",
    "{name2} takes half a step back from {name}.",
    "Outside, a car alarm whoops twice and dies.",
    "{name} rolls a coin across the knuckles, over and over.",
    "The radiator knocks like someone wants to be let in.",
    "{name}'s phone lights up. {name} doesn't look at it.",
    "Somebody's chair creaks. Everyone flinches.",
    "{name} checks the time, then checks it again.",
    "A moth batters itself against the only lamp.",
    "Footsteps pass in the corridor, slow down, and move on.",
]

# Nouns only: words that are also verbs or modals ("watch", "will", "note") would be picked up wrongly.
GENERIC_NOUNS = [
    "gun", "knife", "letter", "phone", "photo", "photograph", "money", "bag", "ring", "envelope",
    "notebook", "map", "ticket", "bottle", "camera", "wallet", "contract", "lighter", "necklace", "diary",
    "passport", "badge", "recording", "keys", "briefcase", "pistol", "syringe", "locket", "ledger",
]
