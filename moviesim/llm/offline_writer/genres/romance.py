"""Romance: two people, every reason not to, and one they can't argue with."""

GENRE = {
    "label": "Romance",
    "keywords": ["love", "romance", "romantic", "wedding", "dating", "crush", "lovers",
                 "marriage", "proposal", "valentine", "amour", "amor", "liebe", "amore"],
    "weak_keywords": ["date", "heart", "kiss"],
    "tones": ["Warm, witty and aching", "Bittersweet and sharp-tongued", "Sunlit with a storm coming",
              "Tender, funny, a little heartbroken", "Giddy until it hurts"],
    "themes": ["second chances", "pride and vulnerability", "the past we carry", "choosing someone",
               "honesty in love", "timing", "being seen", "home as a person"],
    "moods": ["charged", "tender", "bittersweet", "wistful", "flirtatious", "heartsore", "hopeful", "prickly",
              "moonstruck", "shy"],
    "speaking_styles": ["teases first, means it later", "over-explains when nervous",
                        "answers questions with questions", "soft-spoken, every word chosen",
                        "fast and funny until it isn't", "trails off at the important bit", "formal when hurt",
                        "says 'fine' to mean anything but", "blunt, warm, no small talk",
                        "quotes old songs without noticing", "apologises too much, then not at all",
                        "whispers the true things"],
    "titles": ["Say It Back", "Meet Me at the {Setting}", "Almost, Again", "Last Dance at the {Setting}",
               "All the Wrong Reasons", "The {Prop} Proposal", "Two Cups of Coffee", "Before the Last Song",
               "Love Notes from the {Setting}", "The Summer of the {Prop}", "One Room Left", "Not Over You",
               "Stay Until Morning", "Summer at the {Setting}", "Something Borrowed, Someone New",
               "The Long Way Round"],
    "loglines": [
        "{hero} has one weekend {where}, one speech and one rule: never fall for {rival} again.",
        "Stranded {where} with {rival}, who left without a word, {hero} has until the {prop} turns up to say it.",
        "When {absent} calls off the engagement, {hero} is left {where} with the guests, the {prop} and {rival}, "
        "the only person who knows why.",
        "{hero} and {rival} agree to fake it for one night {where}, and {ally} bets they can't keep it fake.",
        "Everyone {where} can see that {hero} and {rival} belong together, except {hero}, {rival}, and {absent}.",
        "{hero} comes back {where} to return the {prop} and leave by morning; {rival} has other ideas, and so "
        "does the weather.",
        "A lost {prop}, a locked {place} and an old flame: {hero} has one night {where} to get all three right.",
        "{ally} has a plan to get {hero} and {rival} talking {where}; it involves one room, one storm and no "
        "spare blankets.",
    ],
    "questions": [
        "Will {hero} and {rival} say what they mean before the weekend {where} is over?",
        "Can {hero} forgive {rival} for leaving, or is some love only worth remembering?",
        "What is keeping {hero} and {rival} apart {where}, and who is keeping it?",
        "Will {hero} choose the safe life with {absent}, or the risk standing across the room?",
        "What really happened between {hero} and {rival} the night {absent} left?",
        "Can {hero} tell {ally} the truth without losing everything?",
        "Is it too late for {hero} and {rival}, or only late?",
        "Who hid the {prop}, and what has it cost {hero} and {rival}?",
    ],
    "truths": [
        "{culprit} kept them apart: {secret_they}, and {absent} never said a word.",
        "The obstacle was never distance. It was {culprit}: {secret_they}.",
        "{culprit} has been protecting everyone from one fact: {secret_they}.",
        "It comes down to {culprit}, who was afraid: {secret_they}, and that kept {hero} and {rival} guessing.",
        "{culprit} is the reason {rival} left: {secret_they}.",
        "Love was never the problem; {culprit} was, because {secret_they}.",
        "{culprit} has loved someone here all along, and hid it: {secret_they}.",
        "{absent} knew the truth about {culprit} first: {secret_they}.",
    ],
    "secrets": [
        "Still wears the ring from {absent} on a chain under the collar",
        "Wrote the love letters signed by {absent}",
        "Is the reason {absent} left town",
        "Kissed {absent}'s best friend in the {place} at {time}",
        "Is quietly engaged to someone back home",
        "Read the diary left in the {place} and never said",
        "Called off a wedding once, on the day",
        "Has been in love with someone at this table for years",
        "Kept every letter from {absent} in a shoebox, unopened",
        "Bought a ring months ago and lost nerve in the {place}",
        "Paid {absent} to stay away for the weekend",
        "Hid the {prop} so the whole thing would be postponed",
        "Swapped the seating plan at {time} to sit beside an old flame",
        "Never sent the letter that would have changed everything",
        "Lied about being over {absent}",
        "Sold the engagement ring and kept the box",
        "Took a job abroad that starts on Monday",
        "Sent the anonymous flowers to the {place}",
        "Heard the proposal being planned and warned {absent}",
        "Burned the invitation at {time} the night it came",
        "Learned the first dance in secret with {absent}",
        "Was the one who ended it, not {absent}",
        "Wrote the toast years ago, for a different couple",
        "Kept the {prop} that {absent} asked to have thrown away",
        "Gave up a place at art school to stay near {absent}",
        "Stood someone up at the {place} three years ago and never explained",
    ],
    "motivations": [
        "win back the one who left, without admitting I want to", "get through the weekend without falling apart",
        "finally say what I should have said years ago", "stop my best friend marrying the wrong person",
        "prove I'm over {absent}", "keep the {setting} from closing", "choose myself for once",
        "be loved for who I am, not who I was", "give the toast without crying",
        "find out who sent the flowers to the {place}", "make {absent} a tiny bit jealous",
        "leave by morning with my dignity", "learn whether it was ever real", "tell the truth before {time} tomorrow",
    ],
    "goals": [
        "deliver the {prop} in person", "keep the speech under five minutes", "avoid the old flame at dinner",
        "find the ring before anyone notices", "get my best friend to the ceremony on time", "fix the seating plan",
        "get one dance before the band stops", "return the {prop} without a scene",
        "get a minute alone in the {place}", "stop {absent} from calling", "hide how much I still care",
        "make it to the {place} by {time}",
    ],
    "fears": [
        "being left again", "saying it first", "ending up alone", "being someone's second choice",
        "turning into my parents", "wanting something I can't have", "the look on {absent}'s face",
        "hoping again", "being laughed at for meaning it", "finding out it was never real",
        "happiness, frankly", "the last song of the night",
    ],
    "tactics": {
        "press": [
            "{Why did you keep|Why would you keep|Why are you still keeping} the {prop}, {addr}? "
            "{Say it properly|Properly, this time|And don't say habit}.",
            "{Were you ever going to|Did you ever plan to|Was there ever a day you'd} tell me? "
            "{Yes or no|Just yes or no|One word will do}.",
            "{Three years|Two summers|All that time}. {Not one letter|Not a single postcard|Not one line}. "
            "{What was so hard about a stamp|Is a stamp really that difficult|Were stamps too dear}?",
            "Look at me, {addr}, and tell me {it was nothing|it meant nothing|none of it counted}.",
            "Who {were you waiting for|were you hoping to see|did you go to meet} in the {place}, {addr}? "
            "{Because it wasn't|It certainly wasn't|Don't say} {absent}.",
            "What did you tell {other} about us? {Word for word|Exactly|Every word of it}.",
            "Did you mean it, {that night|that time|the night we met}, at {time}? Or "
            "{were you just cold|was it the wine|were you just lonely}?",
            "So {where does that leave me|where do I stand|what does that make me}, {addr}? "
            "{Spell it out|Be exact|In plain words}.",
            "Is it {absent}? Is that who {you're still writing to|the letters are for|you keep texting at night}?",
            "When you said '{later|soon|one day}', {addr}, how much {later|longer|time} did you mean?",
            "Why is my {handwriting|note|old letter} still {tucked inside|folded into|hidden in} your {prop}?",
            "Then why {come back at all|turn up here|bother coming}, {addr}?",
            "How long {did you stand|were you waiting|did you hover} by the {place} before "
            "{you knocked|you came in|you said hello}?",
            "Do you still {sleep on the left|take two sugars|leave the landing light on}? "
            "{Answer that one, at least|You can answer that one|That one's easy}.",
        ],
        "accuse": [
            "You left, {addr}. A note on the {prop} isn't a goodbye.",
            "You told {other} {before you told me|first and me last|a week before me}. "
            "{That's the part that stings|That's what hurts|That's the bit I can't forgive}.",
            "You {flirt|make jokes|go all charming} when you're {scared|cornered|nervous}. "
            "{You're doing it now|You're doing it right now|Like now}.",
            "You {rehearsed that|practised that line|had that ready}. I can always tell "
            "{when you rehearse|when it's rehearsed|by your voice}.",
            "You let {absent} {think|believe|go on thinking} calling it off was {my idea|all me|my doing}.",
            "You moved my {seat|place card|chair} at {dinner|the table|lunch}, {addr}. "
            "{Twice|Two times|More than once}.",
            "Every time: {a joke|a shrug|a clever line}, and then {you're out by|you've vanished into|you're off to} "
            "the {place}.",
            "You kept my {jumper|old coat|scarf} and told {everyone|the world|half the town} you'd "
            "{burned it|binned it|lost it}.",
            "{Not jealous|Completely over it|Perfectly calm}, you said. You've been {glaring at|scowling at|watching} "
            "{other} since {time}.",
            "Don't pretend the {prop} was {an accident|a coincidence|a mistake}. You "
            "{chose it|picked it on purpose|knew exactly}.",
            "You waited {until I'd moved on|till I was finally happy|until I'd stopped hoping} to decide "
            "{you wanted me|I was worth it|you missed me}.",
            "You ran, {addr}. From me, from the {place}, from all of it.",
            "You read my {letter|note|card} to {absent}. {Don't deny it|Don't bother lying|I know you did}; you folded "
            "it {wrong|back wrong|the wrong way}.",
            "You've {avoided|steered clear of|kept out of} the {place} all {day|evening|night} because I'm in it.",
        ],
        "deflect": [
            "Can we {not do this|not have this out|not fight about this} in front of {other}?",
            "Sorry, is this about {me|us|you and me} or about the {prop}?",
            "{Funny|Bold|Interesting} question from someone who {left first|walked out first|never wrote back}.",
            "We're not talking about {me|my choices|my feelings}. We're talking about "
            "{your haircut|your shoes|that tie}.",
            "Have {some water|a biscuit|a sit down} and ask me that {again|tomorrow|when you're sober}.",
            "Why not ask {absent}? They {seem to know everything|have all the answers|know best, apparently}.",
            "You {came all the way|walked all this way|climbed all those stairs} to the {place} to ask me "
            "{that|this|that, of all things}?",
            "It's {time}. Nobody {makes good decisions|says anything sensible|should be asked that} at this hour.",
            "You first, {addr}. You always {wanted to go first|liked going first|had to be first}.",
            "I'd {answer|tell you}, but you'd only {correct my version|tell it better|argue the details}.",
            "That's a lot of {feelings|questions|opinions} for someone who "
            "{claims to be fine|says they're over it|swore they didn't care}.",
            "Is this {the bit|the moment|the part} where I {cry|swoon|faint}? Nobody "
            "{sent me the schedule|gave me a script|told me the running order}.",
            "{Weather's|The wind's|The sky's} turned, hasn't it? {Lovely. Dramatic.|Very dramatic.|How fitting.}",
            "Says the one {hiding behind|sheltering behind|clinging to} {other} all {evening|night|day}.",
        ],
        "bargain": [
            "One {dance|song|drink}, {addr}. One. Then I'll {leave you alone forever|never ask again|let you go}.",
            "Tell me {the truth|everything|the whole story} about {absent} and the {prop} is "
            "{yours again|back in your hands|yours to keep}.",
            "{Here's the deal|Deal|Here's my offer}: you stop {glaring|sulking|scowling}, I stop "
            "{pretending|pretending I'm fine|acting casual}.",
            "Sit with me till {time}. If you still {want to go|want to leave|need to go}, "
            "{I'll drive|I'll call the taxi|I'll carry your bag}.",
            "I'll do {the speech|the toast|the reading} if you {stand next to me|stay beside me|hold my hand} while I "
            "do it.",
            "Swap seats with {other} {tonight|for dinner|for one evening}. Just {tonight|once|this time}. I'll "
            "{owe you|owe you forever|owe you one}.",
            "Trade you: {one honest answer for one honest answer|a truth for a truth|your secret for mine}.",
            "Give me the {place} and {five minutes|ten minutes|one song}. No lies, no {jokes|speeches|tricks}. Then "
            "decide.",
            "Keep my secret {till morning|until the weekend's over|one more night} and I'll "
            "{keep yours forever|keep yours for life|never tell yours}.",
            "If I {say it first|go first|say it out loud}, will you "
            "{at least not laugh|promise not to laugh|keep a straight face}?",
            "Give me {tonight|this one night|until sunrise}. Tomorrow you can "
            "{hate me in daylight|hate me properly|go back to hating me}.",
            "I'll tell {absent} {everything|the whole story|all of it}, if you're {there|beside me|in the room} when I "
            "do.",
            "Let me carry the {prop}, and you {carry the conversation|do the talking|handle the small talk}.",
            "You take the {bed|sofa|big room}, I take the {chair|floor|armchair}, and we "
            "{never mention it|never speak of it|call it even}.",
        ],
        "threaten": [
            "Walk away now, {addr}, and I {won't come after you|won't follow|won't chase you} this time.",
            "Say that {again|one more time|twice} and I'll tell {other} about "
            "{the karaoke|the tattoo|the poem you wrote}.",
            "Leave by {time} and don't {expect me|look for me|bother looking for me} in the {place} tomorrow.",
            "Keep {looking at me like that|smiling like that|standing that close} and I'll do something "
            "{stupid|reckless|we'll both regret}.",
            "One more {joke|wisecrack|eye roll}, {addr}, and I'm reading your {letter|poem|diary} out loud.",
            "I {swear|promise you|warn you}, if you kiss me {to end an argument|to win an argument|to shut me up} "
            "again—",
            "Lie to me {once more|one more time|again} and I'm gone {before breakfast|by morning|before the toast}.",
            "Try me, and {absent} hears {everything|all of it|the lot}. "
            "{Including the good parts|Even the good bits|The kissing too}.",
            "Go on, then. {Leave|Go|Off you go}. I'm keeping the {prop}.",
            "Don't make me choose, {addr}. You {won't like who I pick|won't like the answer|might not win}.",
            "Mention {absent} {one more time|again|once more} and I'm "
            "{out of that door|out the door|on the first train home}.",
            "If you don't tell {other}, I will. Tonight.",
            "Break {this one|this promise|my heart again} and there's no {mending it|fixing it|coming back}.",
            "I'll stand up at {dinner|the reception|the party} and make a {toast|speech}. About us.",
        ],
        "charm": [
            "You look {ridiculous|absurd|completely daft} in that, {addr}. It "
            "{suits you|works, somehow|really suits you}.",
            "You still {do the thing with your eyebrow|raise one eyebrow like that|do that eyebrow}. I "
            "{missed that|missed it, honestly|didn't know I'd missed it}.",
            "Nobody else {here|at this table|in this place} laughs at my {jokes|bad jokes|puns}. Don't stop now.",
            "I {saved you|kept you} the last {slice|piece of cake|sausage roll}. That's "
            "{practically a proposal|basically a proposal|as good as a ring}.",
            "The {place} looks {better|nicer|less grim} with you {here|in it}. "
            "{Annoyingly|Irritatingly|Don't let it go to your head}.",
            "You {remembered|still know} how I take my {tea|coffee}. I'm "
            "{choosing to find that romantic|calling that romantic|taking that as a sign}.",
            "{Dance with me|Come and dance|Come on, dance}. I'll only "
            "{tread on you|step on your toes|stand on your feet} a little.",
            "You've got {glitter|cake|confetti} on your cheek. No—{other one|the other one|left a bit}. There.",
            "If I'd {known|guessed} you'd {be here|turn up|come}, I'd have "
            "{worn the good shoes|done my hair|ironed something}.",
            "Has anyone {told you|ever mentioned|warned you} you're {unbearable|insufferable|impossible} when you're "
            "right?",
            "You're still the {best part|only good part|loveliest part} of the {setting}, {addr}.",
            "Smile like that at {other} again and I'll {get jealous|sulk all night|have to cut in}. Go on.",
            "Do you know you {hum|whistle|tap your foot} when you're {nervous|thinking|happy}? It's "
            "{lovely|adorable|very sweet}.",
            "I {kept you|saved you} a {seat|chair} by the {place}. I also "
            "{kept you a napkin|saved you a napkin|brought you a spoon}. {Romance|That's romance|Swoon}.",
        ],
        "plead": [
            "Please, {addr}. Just don't go before {time}.",
            "I'm asking you. Not {other}, not {absent}. You.",
            "Don't let me {find out|hear it|learn about it} from {someone else|a stranger|the gossip} "
            "{this time|again}.",
            "{Stay|Please stay}. You don't have to {say anything|talk|explain}. Just {stay|sit with me|be here}.",
            "I'm not {asking you|begging you} to {forgive me|forget it|like me}. Only to {hear me|hear me out|listen}.",
            "Please, not {in front of|with|before} {group}. I'll {say it|tell you everything|explain}, just not there.",
            "Please, just {once tonight|for a second|this once}, {look at me|look at me properly|hear me}, {addr}.",
            "Let me {have one more go|have another try|take one more run} at "
            "{getting the words right|saying it properly|saying it right}.",
            "If {any part of you|some small part of you|even a bit of you} still {wants this|wants me|cares}, tell me "
            "{now|tonight|before I go}.",
            "Don't {pack yet|book the taxi|leave yet}. {Sleep on it|Give it a night|Wait till morning}. Please.",
            "I can't {do|face|manage} the {place} without you. I've {tried|tried, honestly|tried all week}.",
            "Hold the {prop} {a minute|for me|a second}. I can't "
            "{stop shaking|keep my hands still|stop my hands shaking}.",
            "Let me {explain|finish|say it}, and then you can {leave|go|walk away}, I promise.",
            "I'm begging, {addr}, and I don't {beg|do begging|ever beg}. Ask {other}.",
        ],
        "confide": [
            "I kept the {prop}. I told {everyone|the others|the whole family} I'd "
            "{lost it|thrown it out|given it back}.",
            "I almost {called you|wrote back|turned up}. {Forty times|Thirty-one times|A hundred times}. I counted.",
            "I still {set out two cups|make two coffees|pour two glasses of juice} "
            "{in the morning|every morning|at breakfast}. {Habit|Force of habit|Silly, isn't it}.",
            "When {absent} asked if I was {happy|all right|sure}, I said yes {too fast|too quickly|before thinking}.",
            "I wrote you a {speech|letter|poem}. It's in my {pocket|bag|coat}. It's "
            "{awful|dreadful|terrible, honestly}.",
            "I came to the {place} at {time} hoping you'd be here.",
            "Your old {scarf|jumper|jacket} is in my {bag|car|case} right now. I never "
            "{stopped wearing it|gave it back|washed it}.",
            "Everyone thinks I'm the {brave one|strong one|sensible one}, {addr}. I'm "
            "{really not|not, though|a fraud}.",
            "I learned to {dance|waltz|foxtrot} for this. {Six lessons|Eight lessons|Lessons and everything}. Don't "
            "tell {other}.",
            "I walked past the {setting} {twice|three times|four times} before I "
            "{came in|came inside|worked up the nerve}.",
            "Sometimes I pretend you're {in the next room|just out of sight|only in the kitchen}. It "
            "{helps|helps, a bit|helps, mostly}.",
            "My {mother|sister|gran} still asks {about you|after you}. I never "
            "{know what to say|know what to tell her|have an answer}.",
            "I've been practising '{hello|hi|fancy seeing you}' in the {mirror|car|lift} since "
            "{Tuesday|Monday|last week}.",
            "I read your {letters|postcards|notes} until {the folds tore|they fell apart|the ink faded}, {addr}.",
        ],
    },
    "replies": {
        "to_question": [
            "{Yes. No.|Yes. Maybe. No.|No. Yes.} Ask me something {easier|simpler|I can answer}, {addr}.",
            "{Truthfully|Honestly}? {No idea|I don't know|Not a clue}. And that {scares me|frightens me|worries me} "
            "more than you do.",
            "Because {you were there|it was you|you asked}. That's the {whole answer|entire answer|lot}.",
            "You want the {true answer|honest version|real answer} or the {nice one|kind one|pretty one}?",
            "I'd {tell you|say|explain}, but you'd only {argue with it|pick it apart|laugh}.",
            "No. And stop {asking|looking at me} like you {already know|know better|know the answer}.",
            "{Maybe|Possibly|Could be}. Ask me again {after the|once we've sorted the|when you've returned the} "
            "{prop}.",
            "Of course I did. {What kind of question is that|Why would you even ask|How can you ask that}?",
            "I've asked myself that {every night|every day|a thousand times} since {absent} "
            "{left|walked out|went away}.",
            "Not {the way you mean it|how you mean it|in the way you think}.",
            "Ask {other}. I'm too {tired|drunk|fond of you} to lie well.",
            "Does it matter now, {addr}?",
            "Yes. The long version {needs a drink|needs wine|takes all night}.",
            "Tonight. At {time}, in the {place}. There was a plan, {addr}.",
        ],
        "to_accusation": [
            "That's {not fair|unfair|beneath you}, and you {know it|know it full well|know that}.",
            "Fine. I did. {Given the chance|If I could go back|Honestly}, I'd do it {twice|again|all over again}.",
            "Oh, that's rich, {addr}. Coming from you.",
            "I didn't {leave|walk out|run}. I was {pushed|shoved out|sent away}, and you "
            "{watched|let it happen|stood there}.",
            "You're right. I {hate|can't stand|resent} that you're right.",
            "Say it {louder|a bit louder|again, louder}, why don't you. {other} "
            "{missed the start|didn't catch it|missed the good bit}.",
            "That isn't {what happened|how it went|how it happened} and you {were there|know it|saw it}.",
            "I did that {for you|for us|for both of us}, you {idiot|great idiot|fool}.",
            "Wow. You've been {saving that one|sitting on that|polishing that}.",
            "Guilty. {Mostly. Some of it.|Partly.|More or less.}",
            "Don't put {absent}'s {words|lines|opinions} in your mouth.",
            "Is that what you {tell people|tell them|say at parties}? That I {ran|ran off|ran away}?",
            "{No|Oh no}. You don't get to {make me the villain|rewrite it|blame me for that}, {addr}.",
            "{All right, yes|Fine, yes|Yes, all right}. But you {started it|started all this|kissed me first} in the "
            "{place}.",
        ],
        "to_statement": [
            "Right. {Good. Lovely.|Great.|Marvellous.} I'm fine.",
            "You {always say that|say that every time|always say it} like "
            "{it ends the conversation|it settles everything|it's the last word}.",
            "{Funny|Strange|Odd}, I was {thinking|about to say} the same thing.",
            "{Mm|Hm|Right}. That's what you said {last time|in the spring|the last time too}.",
            "I heard you, {addr}. I'm just {choosing not to|not answering|ignoring it}.",
            "Well, that's one way {of putting it|to say it|of saying it}.",
            "Don't {say things like that|look at me like that|be sweet} at {time}. It's {unfair|cruel|not fair}.",
            "And I'm supposed to {just nod|smile and nod|say what, exactly}?",
            "You sound like {absent}. It's unsettling.",
            "Right. Let me {sit down|get a drink|brace myself} for that one.",
            "That's the {most you've said to me|longest speech you've made|nicest thing you've said} in "
            "{three years|years|a decade}.",
            "You've been {working up to that|building up to that|saving that} since the {place}.",
            "Is that a {compliment|confession|threat}? It {sounded like one|almost sounded like one}.",
            "I know. I was {there too|there|right there}, {addr}.",
        ],
        "to_reveal": [
            "So {secret_you}. And I {toasted you|toasted you tonight|drank to you}. "
            "{I raised a glass|I cheered|I made a speech}.",
            "{addr}, all this time {secret_you}?",
            "Wait, {secret_you}? You?",
            "You mean {secret_you}, and {nobody thought to mention it|nobody told me|not one of you said}?",
            "Hang on. {other} knew {secret_you}? {other}?",
            "I'd have forgiven you {almost anything|nearly anything|a lot}. But {secret_you}?",
            "Oh, {addr}. Of course {secret_you}. Of course you did.",
            "So that's why. Not {absent} at all; {secret_you}.",
            "You're telling me {secret_you}? Tonight, of all nights?",
            "And you picked {today|tonight|this weekend} to mention that {secret_you}?",
            "Brilliant. So {secret_you}, and I'm {the last to know|the last to find out|only hearing now}.",
            "I knew something was {off|wrong|up}. I never {guessed|dreamed|imagined} {secret_you}.",
            "All those {letters|phone calls|postcards}, and not one {line|word|sentence} saying {secret_you}.",
            "If {secret_you}, then what was the {prop} for?",
        ],
        "to_event": [
            "Well. That's the {evening|weekend|night} {ruined|wrecked}. Or saved.",
            "Did that just happen? {Tell me that just happened|Tell me I didn't dream that|Someone say it happened}.",
            "Of course it's {tonight|now|this weekend}. {It would be|Naturally|Why not}.",
            "{Nobody move|Don't move|Nobody breathe}. Especially not you, {addr}.",
            "A sign? That {feels like|looks like|is definitely} a sign.",
            "Okay. Okay, that changes {the seating plan|the plan|everything}.",
            "Grab the {prop}. Don't ask, just {grab it|take it|do it}.",
            "Someone tell {absent} before they {hear it wrong|hear it from the gossip|read it somewhere}.",
            "That's the universe, {addr}, and it's {laughing at us|having a laugh|taking the mick}.",
            "{Stay close|Stick with me|Hold on to me}. I mean it {this time|tonight|for once}.",
            "I'm not {crying|upset|welling up}. It's the {place}. It's {draughty|dusty|the draught}.",
            "{other}, are you {all right|okay|hurt}? {Say something|Talk to me|Nod, at least}.",
            "{Perfect timing|Lovely timing|Impeccable timing}. Truly. Nobody could have "
            "{planned that|planned it better|written that}.",
            "So much for a {quiet night|peaceful evening|calm weekend} at the {setting}.",
        ],
        "opener": [
            "Oh. It's you.",
            "You're {early|on time}. You're never {early|on time}.",
            "I didn't think you'd {actually come|really come|turn up}, {addr}.",
            "Don't say {anything|a word} yet. I've {rehearsed this|practised this|got a speech}.",
            "Is this {seat|chair|spot} taken? Please say no.",
            "Hello, stranger.",
            "So. The {place}. Of all the places.",
            "Before you {go|leave|disappear}, I need {five minutes|a minute|one minute}.",
            "I brought two {coffees|teas|hot chocolates}. One's for you. {Obviously|Clearly|In case you wondered}.",
            "Hi. Hello. I'm {fine|good|well}. How are you? {Fine|Good|Well}?",
            "Nobody told me you'd {be here|be coming|be back}, {addr}.",
            "You {cut your hair|changed your hair|look well}. I mean—hello.",
            "It's {time} and you're still {up|awake|dressed}. {Me too|So am I|Same here}.",
            "I've been {looking for you|hunting for you|trying to find you} since the {prop} turned up.",
        ],
    },
    "confessions": [
        "All right. {secret_i}. Now you know, {addr}.",
        "Fine. You want it? {secret_i}, and I'm not sorry.",
        "{secret_i}. There. I've said it {out loud|at last|to your face}.",
        "Don't you dare {look away|laugh|leave}. {secret_i}, and I've "
        "{hated myself every day since|regretted it every day|hated myself ever since}.",
        "Better {from me|you hear it from me|it comes from me} than from {other}: {secret_i}.",
        "I {rehearsed|practised} this in the {mirror|car|shower}. {secret_i}. It sounded {braver|better|less awful} "
        "{in the mirror|in my head}.",
        "Before {absent} gets there first: {secret_i}.",
        "The truth? {secret_i}. That's why I {couldn't look at you|kept away|couldn't meet your eye}.",
        "Okay, deep breath. {secret_i}.",
        "{secret_i}, {addr}. "
        "{I did it because I loved you|I only did it because I loved you|I did it because I loved you so much}. "
        "{Still do, apparently|I still do, it seems|Still do, God help me}.",
        "I'm so tired of {carrying it around|hiding it|keeping it in}. {secret_i}.",
        "Here's {the bit I left out of|what I cut from|the line I skipped in} the {speech|toast}: {secret_i}.",
        "Sit down. Please. {secret_i}, and I {need|want} you to {stay anyway|stay all the same|not leave}.",
        "Everyone's {guessed|worked it out|half guessed}, so I {might as well|may as well|should just say it}. "
        "{secret_i}.",
    ],
    "gestures": [
        "{name} turns the {prop} over {in one hand|and over|in both hands}, then sets it down "
        "{gently|carefully|very softly}.",
        "{name} reaches for {addr}'s hand, and {stops an inch short|stops just short|thinks better of it}.",
        "{name} laughs {despite everything|in spite of it all|out of nowhere}, and looks "
        "{furious about it|annoyed about it|cross with themselves}.",
        "{name} straightens {addr}'s collar without asking.",
        "{name} takes {one step closer|a step forward|half a step closer}, then {remembers not to|stops dead|freezes}.",
        "{name} hums {the first bar of an old song|a few notes of a love song|the opening of their old song}, then "
        "{stops|trails off|falls silent}.",
        "{name} pockets the {prop} before anyone can see.",
        "{name} tucks a {loose strand of hair|stray curl|wisp of hair} behind one ear.",
        "{name} offers {addr} a {coat|scarf|jumper} without a word.",
        "{name} smooths a {crumpled note|creased letter|folded napkin} against {one knee|the table}.",
        "{name} catches {other} watching and glares until {other} looks away.",
        "{name} twists a ring {that isn't there any more|that's no longer there|long since taken off}.",
        "{name} leans in the doorway, {arms folded|hands in pockets}, pretending not to {listen|listen in|hear}.",
        "{name} pours two {glasses|cups|measures} and {pushes one across|slides one over|hands one} to {addr}.",
        "{name} {bites back|fights} a smile and {loses|fails|gives up}.",
        "{name} wipes one eye {quickly|fast}, {as though it's only dust|as if it's just dust|blaming the dust}.",
        "{name} perches on the {very edge|edge|arm} of a chair, {ready to bolt|ready to run|poised to leave}.",
        "{name} hands {addr} the {prop}; their fingers brush.",
        "{name} {rolls up|unbuttons|tugs at} {one sleeve|one cuff}, then the other, "
        "{stalling|buying time|not looking up}.",
        "{name} checks the {clock|time|clock on the wall}: {time}. "
        "{Too late to leave|Too late to go|Far too late to leave now}.",
        "{name} scribbles something on {a napkin|a beer mat|the back of a menu}, then "
        "{hides it|hides it away|crumples it}.",
        "{name} nudges {addr} with {a shoulder|an elbow}, {the way they used to|like old times|the old way}.",
        "{name} kicks off {both shoes|their shoes} and "
        "{climbs onto the counter|sits on the counter|curls up on the sofa}.",
        "{name} glances back at the {place}, just once.",
        "{name} gives {addr} a look {that could mean anything|that says everything|nobody else can read}.",
        "{name} gathers up {scattered petals|fallen confetti|dropped petals}, one by one.",
        "{name} practises a {sentence|speech|line} silently, {lips moving|mouthing the words|eyes closed}.",
        "{name} drapes a jacket over {addr}'s shoulders.",
        "{name} sets the {prop} between them {like a wall|like a border|like a chaperone}.",
        "{name} puts on {music|a song|a record} nobody asked for and {turns it up|turns it right up|hums along}.",
        "{name} blushes, and blames the {heating|wine|candles}.",
        "{name} writes {addr}'s initial on the {fogged glass|misted window|steamy mirror}, then "
        "{wipes it off|rubs it out|smudges it away}.",
        "{name} sinks onto the {stairs|bottom step}, {head against the banister|chin in hands|knees drawn up}.",
        "{name} folds the {letter|note|napkin} {smaller and smaller|into tiny squares|over and over}.",
        "{name} mouths '{sorry|I'm sorry|forgive me}' across the {room|table} at {addr}.",
        "{name} saves the last {biscuit|chocolate|slice} for {addr} {on purpose|pointedly|very deliberately}.",
        "{name} waves {other} away {without taking their eyes off|never once looking away from|with eyes only for} "
        "{addr}.",
        "{name} hugs the {prop} close, like a shield.",
        "{name} {gallantly clears|pulls out|dusts off} a chair for {addr}, then "
        "{sits in it|sits in it themselves|takes it}.",
        "{name} brushes confetti off {addr}'s sleeve, slowly.",
        "{name} opens {a window|the door} and breathes in the {night air|cold air|rain}.",
        "{name} almost says something, then {drinks instead|takes a sip instead|looks away}.",
    ],
    "narration": [
        "Somewhere beyond the {place}, a band starts a slow song nobody requested.",
        "Rain begins: soft at first, then not soft at all.",
        "The candles on the table have burned down to stubs.",
        "Through the wall, {group} laugh at a joke nobody in here heard.",
        "A gust of wind scatters petals across the {place}.",
        "The {prop} sits between them, saying everything they won't.",
        "Somewhere, a clock chimes {time}. Nobody mentions it.",
        "Fairy lights flicker, steady, flicker.",
        "The kettle boils and clicks off, forgotten.",
        "Outside, the last taxi idles, waits, and gives up.",
        "A moth circles the only lamp in the {place}.",
        "Someone has left a single glove on the stairs.",
        "Music from the {place2} drifts in, slightly off-key.",
        "Moonlight lays a pale stripe across the floor between them.",
        "A champagne cork pops in the distance; someone cheers.",
        "The heating ticks as it cools.",
        "Confetti from an earlier party still clings to the {prop}.",
        "A door bangs along the corridor, and the quiet settles back.",
        "Oranges and wet coats: the {place} smells of both.",
        "Two chairs, pulled close, then pushed slightly apart.",
        "A message lights up a screen on the table, face down, then goes dark.",
    ],
    "events": [
        "A summer storm knocks out the power, and the whole party crowds into the {place}.",
        "A letter arrives from {absent}, hand-delivered, marked URGENT and underneath, in smaller letters, LOVE.",
        "The {prop} goes missing from its box an hour before it's needed.",
        "A message meant for {absent} lands on the wrong screen, and everyone reads it.",
        "The band packs up early, leaving one slow song playing on repeat.",
        "Nothing leaves the {setting} until morning: every ride out is cancelled.",
        "{group} are told there is exactly one room left, with one bed.",
        "Someone taps a glass: a toast is demanded, right now, from the wrong person.",
        "The sprinklers in the {place} go off mid-dance.",
        "An old photograph falls out of the {prop}: two people, much younger, very much in love.",
        "Flowers arrive for the {place}, no card, just a time written on the wrapping: {time}.",
        "The cake collapses, slowly and majestically, in front of {group}.",
        "A voicemail from {absent} plays on speaker by mistake.",
        "At {time} everything goes dark; when the light returns, someone has moved the {prop}.",
        "A folded note is passed hand to hand along the table until it reaches the wrong person.",
        "The door to the {place} jams, trapping exactly the wrong two people inside.",
        "Someone spots a ring box in the {place2}, open and empty.",
        "Fireworks start outside an hour early, and everyone rushes to the windows.",
        "Word comes from {absent}: the engagement is off, and nobody knows whose.",
        "The microphone switches on by itself and broadcasts a private conversation to {group}.",
        "A taxi pulls up outside, engine running, for someone who hasn't decided yet.",
    ],
    "exits": [
        "{name} walks out into the rain without a coat.",
        "{name} puts the {prop} down at the door and goes, without looking back.",
        "{name} is called away to the {place} and doesn't return.",
        "{name} bursts into tears and locks the {place} door from inside.",
        "{name} storms off through the wrong door, into a cupboard, and refuses to come out.",
        "{name} catches the next ride away from the {setting}, alone.",
        "{name} falls asleep mid-sentence, worn out by the whole day.",
        "{name} is swept off to dance by {group} and lost in the crowd.",
        "{name} climbs into a taxi and tells the driver to just go.",
        "{name} shouts over the band once too often and loses their voice entirely.",
        "{name} slips out by the {place2} while everyone watches the cake.",
    ],
    "openings": [
        "Fairy lights sway over the {place}, which smells of cut grass and spilled champagne. The {prop} waits on "
        "a table nobody sits at.",
        "The {place} at {time}: two cups, one cold. Whoever ordered them has waited a while.",
        "Laughter leaks in from the {place2}. In the {place}, two people are carefully not looking at each other.",
        "Rain streaks the windows of the {place}. Somebody has left the {prop} where anyone could find it.",
        "Morning light fills the {place}, soft and forgiving. It's {time}, and nobody slept.",
        "Someone is playing a love song badly in the {place}. The {prop} sits on the nearest chair, listening.",
        "Paper lanterns hang in the {place} for tomorrow. Tonight it is empty, except for the {prop} and "
        "one stubborn guest.",
        "It's {time} at the {setting}, and the {place} hums with half-finished goodbyes. Coats pile up by the door.",
        "The {place} smells of coffee and wet umbrellas. A chair scrapes; the {prop} hasn't moved an inch.",
        "Candles gutter along the {place}. Beside them, a seating plan is crossed out and redrawn in two colours.",
        "Sunset turns the {place} the colour of apricots. The {prop} catches the light and throws it at the wall.",
        "The party has moved on, leaving the {place} full of streamers and unfinished glasses. It's {time}.",
        "Outside the {place}, snow is falling. Inside, someone is wrapping the {prop} in tissue paper for "
        "the third time.",
        "The {place} is too small for the people in it. The {prop} is the only thing anyone dares to look at.",
        "A radio plays low in the {place}, an old song from a summer everyone remembers differently. The clock "
        "says {time}.",
        "Half-packed suitcases crowd the {place}. Someone has left the {prop} on top of the pile, like a question.",
    ],
    "resolutions": [
        "{culprit} stands up before everyone and says it: {secret_they}. Nobody breathes. Then {hero} laughs, "
        "and it's the good kind.",
        "In the {place}, {culprit} finally admits that {secret_they}; {rival} listens to the end, and doesn't "
        "leave.",
        "The speech is torn up. {culprit} tells the truth instead, {secret_they}, and {ally} starts the applause.",
        "{culprit} catches up with {hero} at the {place} and confesses: {secret_they}. The answer is a very long "
        "hug.",
        "It all comes out at once, {secret_they}, and {culprit} braces for the worst. It doesn't come.",
        "{culprit} hands over the {prop} and the truth with it: {secret_they}. {rival} takes both.",
        "Everyone learns that {secret_they}. {culprit} is forgiven, not quickly, but for good.",
        "By morning {culprit} has told {hero} everything, starting with {secret_they}, and they are both still at "
        "the table.",
    ],
    "options": [
        "{hero} says it first, in front of everyone",
        "{rival} packs a bag and heads for the {place}",
        "{ally} locks {hero} and {rival} in the {place} until they talk",
        "{hero} reads the {prop} out loud",
        "{rival} asks {ally} to dance, just to make a point",
        "{hero} follows {rival} out into the rain",
        "{ally} tells {hero} the secret {rival} has kept for years",
        "{hero} hides the {prop} and pretends it's lost",
        "A toast, right now, from {rival}",
        "{hero} calls {absent} and ends it for good",
    ],
    "beats": {
        "opening": [
            "Old flames, one table", "{hero} swears this weekend isn't about {rival}", "The unexpected return",
            "{holder} hides the {prop}", "Seated together by someone's idea of a joke",
            "A bet about {hero} and {rival}", "{hero} arrives with a speech and a plan", "Nobody mentions {absent}",
        ],
        "middle": [
            "One room, one storm", "The almost-kiss", "{holder}'s letter surfaces", "Jealousy in the {place}",
            "{ally} takes a side", "The dance nobody planned", "{holder} lies about {absent}",
            "A kiss that makes everything harder",
        ],
        "climax": [
            "The speech, torn up", "The chase to the {place}", "{holder} says the true thing",
            "Everything, out loud, in front of everyone", "Stay or go", "The answer to the {prop}",
            "{hero} chooses", "Last song of the night",
        ],
    },
    "must_change": {
        "opening": [
            "{hero} and {rival} are forced to share the {place}",
            "{hero} admits, to {ally} only, that it isn't over",
            "{holder}'s cover story about {absent} cracks",
            "The {prop} goes missing, and {hero} is blamed",
            "{rival} announces they're leaving when the weekend ends",
            "{ally} bets {hero} can't last the night without a scene",
            "{hero} learns that {rival} is single",
            "{holder} is caught with the {prop}",
        ],
        "middle": [
            "{hero} and {rival} almost kiss, and {ally} sees",
            "{holder}'s secret about {absent} comes out to one person",
            "{rival} finds out why {hero} never called",
            "{hero} chooses {absent} out loud, and regrets it at once",
            "The {prop} turns up in {holder}'s coat",
            "{ally} stops covering for {hero}",
            "{hero} and {rival} kiss, and both pretend it didn't happen",
            "{rival} books the first way out",
        ],
        "climax": [
            "{hero} tells {rival} the truth in front of everyone",
            "{holder}'s secret is out, and {hero} decides whether it matters",
            "{rival} stays, or goes for good",
            "{hero} gives the {prop} to the one who deserves it",
            "The engagement to {absent} is ended, kindly",
            "{hero} and {rival} stop pretending",
            "{ally} gets an apology, finally",
            "Everyone knows, and nobody leaves",
        ],
    },
}
