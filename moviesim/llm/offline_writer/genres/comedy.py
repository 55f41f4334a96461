"""Comedy: good intentions, bad plans, and one lie that has to keep getting bigger."""

GENRE = {
    "label": "Comedy",
    "keywords": ["comedy", "sitcom", "funny", "hilarious", "farce", "prank", "absurd", "silly", "parody",
                 "comedia", "komödie", "comédie", "commedia", "mishap"],
    "tones": ["Brisk, warm and absurd", "Deadpan chaos", "Affectionate farce", "Sunny panic",
              "Sharp, silly and kind"],
    "themes": ["keeping up appearances", "friendship", "one lie, growing", "family chaos",
               "the fear of being ordinary", "winging it", "pride before a fall", "the relief of getting caught"],
    "moods": ["chaotic", "harried", "cheerful", "awkward", "slapstick", "sheepish", "manic", "deadpan", "triumphant",
              "flustered"],
    "speaking_styles": ["talks fast, corrects self mid-sentence", "deadpan, never raises voice", "answers in lists",
                        "overconfident, wrong, cheerful", "narrates own actions under breath",
                        "uses long words slightly wrongly", "whispers loudly", "says 'technically' a lot",
                        "panics in full, grammatical sentences", "relentlessly upbeat",
                        "very formal about very silly things", "laughs at own jokes before finishing them"],
    "titles": ["Everything Is Fine", "Chaos at the {Setting}", "The Plan (Version Six)", "Absolutely Not",
               "Nobody Panic", "A Small Problem at the {Setting}", "Who Brought the Goat?", "The {Prop} Situation",
               "Technically True", "One Tiny Lie", "Don't Tell the Boss", "It Was Like That When I Found It",
               "Definitely Not a Doctor", "The Worst Day at the {Setting}", "Act Natural", "Operation {Prop}"],
    "loglines": [
        "{hero} tells one small lie {where} to impress {absent}, then spends the day keeping {group} from "
        "finding out.",
        "{group} have one day {where} to fix a disaster {hero} swears isn't their fault, and {rival} is filming "
        "everything.",
        "When the {prop} goes missing {where}, {hero} and {ally} invent a cover story so good that everyone wants "
        "to hear it again.",
        "{hero} has a clipboard, a plan and nine minutes; {rival} has a goat.",
        "Mistaken for the person in charge {where}, {hero} decides the easiest thing is to simply be in charge.",
        "{hero} and {rival} must pretend to be best friends {where} until {absent} leaves, and neither can lie.",
        "One broken {prop}, one visiting boss, and {hero}, who has never once finished a plan.",
        "Everything {where} is under control, says {hero}, standing in front of the fire.",
    ],
    "questions": [
        "Can {hero} keep the lie going until Monday without {rival} finding out?",
        "Who started this mess {where}, and will they own up before the boss arrives?",
        "Will {hero}'s plan survive contact with {group}?",
        "What happened to the {prop}, and who has been covering for it?",
        "Can {hero} and {ally} fix everything before {time}, or at least hide it?",
        "Who told {absent}, and how much did they exaggerate?",
        "Will {hero} ever admit the truth, or just tell a bigger lie?",
        "Is {rival} really the saboteur, or just very unlucky?",
    ],
    "truths": [
        "{culprit} started it: {secret_they}, and every lie since was just keeping up.",
        "It was {culprit} all along, badly: {secret_they}.",
        "{culprit} did it, with the best intentions and the worst plan: {secret_they}.",
        "The whole disaster traces back to {culprit}, because {secret_they}.",
        "{culprit} is the one, and {absent} knew: {secret_they}.",
        "Nobody sabotaged anything. {culprit} simply panicked: {secret_they}.",
        "{culprit} has been covering all day for one small fact: {secret_they}.",
        "{rival} was a red herring; {culprit} is the reason, since {secret_they}.",
    ],
    "secrets": [
        "Broke the {prop} at {time} and glued it back",
        "Has never actually read the book everyone keeps quoting",
        "Is not a real doctor, despite the badge",
        "Invented a fiancé to impress {absent}",
        "Lost {absent}'s dog this morning and replaced it with a similar dog",
        "Wrote the anonymous one-star review of the {setting}",
        "Is allergic to everything on the buffet, including the buffet",
        "Has been secretly living in the {place} for a week",
        "Told {absent} that {group} can all tap-dance",
        "Scoffed the cake meant for {absent} and blamed a seagull",
        "Swapped the name badges at {time} for a laugh",
        "Sent the group email that started all this",
        "Booked the wrong venue and moved the signs",
        "Learned everything about the job from one video",
        "Hid the {prop} in the {place2} and forgot which drawer",
        "Pretended to be {absent} on the phone for a whole month",
        "Gambled the budget on a horse called Probably",
        "Faked a sprained ankle to get out of the dance",
        "Gave a fake name at the door and got stuck with it",
        "Won the trophy by accident and never corrected anyone",
        "Is the one who let the goat in",
        "Made up a rival called Steve, and now Steve has fans",
        "Cancelled the caterers by replying to the wrong email",
        "Guessed the boss's password and approved a month of holidays with it",
        "Secretly hates the {prop} and tried to lose it twice",
        "Slept through the meeting where the plan was agreed",
    ],
    "motivations": [
        "impress {absent} without being found out", "keep the lie going until Monday",
        "win the bake-off at any cost", "get my rival fired, politely", "prove I can organise one thing properly",
        "get through the day without anyone crying, especially me", "make everyone think this was the plan all along",
        "become famous, ideally by accident", "find the {prop} before {time}", "be taken seriously for once",
        "get the promotion without doing anything differently", "leave before anyone asks me to give a speech",
        "get {absent} to finally notice me", "keep my mother out of the {place}",
    ],
    "goals": [
        "hide the {prop}", "get the {prop} back before anyone notices", "keep the boss out of the {place}",
        "learn to juggle by {time}", "find a replacement goat", "get the speech right on the first go",
        "get everyone's story straight", "keep up a convincing accent for one hour",
        "move forty chairs without being seen", "stop {absent} reading the group chat",
        "win at least one argument today", "eat something that isn't a canapé",
    ],
    "fears": [
        "public speaking", "being found out", "geese", "being boring", "the group chat", "my mother finding out",
        "being asked a follow-up question", "the reply-all button", "applause I haven't earned",
        "the {prop}, which has always looked at me funny", "silence at parties", "being put in charge",
    ],
    "tactics": {
        "press": [
            "Why is there a {prop} in the {place}, {addr}? {Why is it warm|And why is it warm|Why is it still warm}?",
            "{Simple question|Easy one|Quick one}. At {time}, {where were you|where exactly were you|where were you "
            "standing}, and {why were you wearing that|what was that outfit|why the hat}?",
            "Who told {other}? {Was it you|Was that you|Did you}? {Blink twice if it was you|Blink twice if "
            "yes|Cough if it was you}.",
            "{How many people know|How many people have heard|How many people are in on it}? "
            "{Roughly|Ballpark|Rough guess}. More than {a bus|a busload|a minibus}?",
            "What {did you say|did you actually say|exactly did you blurt out} to {absent}? {Use the same voice|Do "
            "the voice|Same voice, please}.",
            "{Was that a yes|Is that a yes|Did you just say yes}? It looked like {a yes with a face|a yes wearing a "
            "hat|a nervous yes}.",
            "Define {'small fire'|'tiny fire'|'bit of smoke'}, {addr}.",
            "Where's the {prop}? {Don't look at|Stop looking at|Eyes off} {other}. {Look at me|Eyes on me|Me, over "
            "here}.",
            "Why does {absent} think I'm {a doctor|a surgeon|a qualified vet}?",
            "When you say you {'handled it'|'took care of it'|'dealt with it'}, {addr}, what {did your hands do|did "
            "your hands actually do|were your hands doing}?",
            "Which plan is this, {addr}? {Three|Plan three|Number three}, or {the secret fourth one|the secret "
            "fourth|the one on the napkin}?",
            "Who is {'the man with the ferret'|'ferret man'|'the ferret guy'}, and why is he {on the list|on my "
            "list|on the guest list}?",
            "How {do you lose|does anyone lose|does a person lose} a {prop}, {addr}? {It's not a sock|It isn't a "
            "sock|It's not an umbrella}. {It doesn't just leave|It can't just walk off|It has no legs}.",
            "{Did you or did you not|Yes or no: did you|Be honest: did you} {sign my name|forge my name|put my "
            "signature} on the {prop}?",
        ],
        "accuse": [
            "You {ate it|scoffed it|wolfed it down}. You ate {the evidence|the proof|the only clue}, {addr}.",
            "This has {your fingerprints|your sticky fingerprints|your name} all over it. "
            "{Metaphorically|Figuratively}. {Also literally|And also literally|Also, actually, literally}.",
            "You told {absent} I speak {fluent Portuguese|fluent Italian|fluent Greek}. I speak {fluent panic|only "
            "panic|panic and a bit of mumbling}.",
            "You've been {wearing|walking round in|strutting about in} my {name badge|badge|lanyard} since {time}.",
            "You said {'trust me'|'leave it to me'|'I've got this'} and then {left me holding|handed me|dumped me "
            "with} the {prop}.",
            "You invited {absent}. You'd invite {a hurricane|a tornado|a swarm of bees} if it {RSVP'd|sent a "
            "card|replied in time}.",
            "You hid in the {place} while I {did the talking|did all the talking|talked my way through it}! {All of "
            "it|Every word|The whole time}!",
            "You sold {other} {the idea|the story|the notion} that this {was my plan|was all my doing|was my "
            "brilliant idea}.",
            "That's my {handwriting|signature|scrawl} on the {prop}, and I {didn't write it|never wrote it|wrote "
            "nothing}, so {explain|explain that|start explaining}.",
            "You {panic-ordered|panic-bought|ordered} forty chairs, {addr}. {There are nine of us|We are nine "
            "people|There are nine of us. Nine}.",
            "You laughed. At {the worst possible moment|the worst moment imaginable|the single worst moment}, you "
            "{laughed|giggled|snorted}.",
            "You {rehearsed|practised|ran through} your {excuse|alibi|little speech} in the mirror. {The walls are "
            "thin|These walls are thin|I could hear everything}.",
            "Admit it, {addr}: you've never {been on a horse|ridden a horse|sat on a horse} in your life.",
            "Your {'quick fix'|'small adjustment'|'simple solution'} is {currently on fire|on fire right "
            "now|actively on fire} in the {place}.",
        ],
        "deflect": [
            "{Interesting question|Fascinating question|Lovely question}. Have you met {my friend, a different "
            "question|my friend, another question|a different question}?",
            "I can't talk now, {addr}, I'm busy {standing very still|standing perfectly still|being a statue}.",
            "Look, {a distraction|a thing|something shiny}! Over there! By {other}!",
            "That sounds like {a problem for later|a later problem|a problem for future me}, and it's {not later "
            "yet|not later|still early}.",
            "Why blame me when {other} is {right there|standing right there|just there}, {looking guilty|looking "
            "very guilty|sweating}?",
            "I'll answer that {after lunch. Next year's lunch|after tea. Next year's tea|later. Much, much later}.",
            "Technically, that was {a different version of me|a different me|an earlier, worse me}.",
            "Let's not get {bogged down in facts|hung up on facts|stuck on the details}, {addr}.",
            "I plead {the fifth|the fifth amendment}. And {the sixth|the sixth one|the seventh}, {should one "
            "exist|if there is one|if that's a thing}.",
            "Define {'lie'|'lying'|'the truth'}. Go on. I'll wait {here, not answering|right here|here, quietly}.",
            "That's {classified|top secret|need-to-know}. By me. {Just now|A second ago|Thirty seconds ago}.",
            "Sorry, {addr}, you're breaking up. {We're in the same room|We're two feet apart|You're right there}, "
            "but still.",
            "{Big talk|Bold words|Brave words}, from someone with a {prop} stuck to {their shoe|their elbow|their "
            "back}.",
            "Have you tried {the little sandwiches|the tiny sandwiches|the mini quiches}? They're {very "
            "distracting|extremely distracting|wonderfully distracting}.",
        ],
        "bargain": [
            "Cover for me till {time} and the {prop} is yours. {Forever. No takebacks|For keeps|Forever. Honestly}.",
            "I'll do your {chores|washing-up|ironing} for {a month|a year|six weeks} if you {just nod when I "
            "lie|nod while I lie|nod along when I lie}.",
            "Okay: you distract {other}, I hide the {prop}, and we {never speak of this|never mention it again|take "
            "this to our graves}.",
            "Name your price, {addr}. Within reason. {Within biscuits|Within biscuit range|In biscuits, ideally}.",
            "I'll tell {absent} it was {my idea|all my idea|my fault}. {Just this once|One time only|This once}. "
            "{Don't make it weird|Don't make it a thing|Don't get emotional}.",
            "Help me {now|right now|this once} and I'll owe you {a kidney. A metaphorical kidney|a kidney. "
            "Metaphorically|a lung. A spiritual lung}.",
            "Deal: you {keep quiet|say nothing|stay quiet}, and your {karaoke video|dance video|karaoke clip} stays "
            "{off the internet|offline|private}.",
            "Hold the {prop} for {ten minutes. Ten|ten minutes. Just ten|five minutes. Five}. {That's the entire "
            "job|That's the whole job|That's all}.",
            "You can have {the good parking space|my parking space|the good chair}. I just need {your silence|you "
            "quiet|you to say nothing}.",
            "{Two favours|Three favours|Two big favours}, one ladder and {a small goat|half a goat|a medium goat}. "
            "{Final offer|Last offer|That's my final offer}.",
            "You be {the doctor|the surgeon|the vet} this time. I'll be {the confused relative|the worried aunt|the "
            "patient}.",
            "We split the blame {fifty-fifty|down the middle}. {Sixty-forty. Fine, seventy-thirty|Sixty-forty. "
            "Seventy-thirty, then|All right, sixty-forty. Seventy-thirty}.",
            "{Lie for me|Fib for me|Cover for me} in the {place} and I'll {tell the truth for you|be honest on your "
            "behalf|do your truth-telling} at {dinner|supper|the party}.",
            "Get {other} out of the {place} and I'll never {sing in the car|sing in the shower|whistle indoors} "
            "again.",
        ],
        "threaten": [
            "{Do that again|Try that again|One more time} and I'm telling {absent}, {with diagrams|with slides|with "
            "a pie chart}.",
            "One more word, {addr}, and the {prop} goes {out the window|in the bin|in the pond}.",
            "I have {your group chat|your phone|the group chat}. I have {screenshots|receipts|printouts}. I have "
            "{time|all day|a laminator}.",
            "{One more fib|Another fib|One more lie} and everyone {hears how you cried|finds out you cried|learns "
            "you sobbed} at {the advert|the cartoon|the dog-food advert}.",
            "Touch {that button|that switch|that lever} and I will scream. "
            "{Professionally|Operatically|Theatrically}. {I've trained|I've had lessons|I have training}.",
            "If {other} finds out, I'm {putting you in charge of|handing you|giving you} {the speech|the toast|the "
            "speeches}.",
            "{Keep it up|Carry on|Keep going} and I'm bringing my {mother|mum|nan}. She's {very close|nearby|in the "
            "car park}.",
            "Say {'calm down'|'relax'|'chill'} one more time. {I dare you|Go on|I double dare you}, {addr}.",
            "I will reverse {this chair|this car|this trolley}. I'll reverse {something, anyway|something, at "
            "least|something, eventually}.",
            "I know {where you hid|where you put|where you stashed} the {prop}, and {it is not a good place|it's a "
            "terrible place|frankly, wow}.",
            "Push it, {addr}, and I'll be {completely honest|totally honest|brutally honest} with everyone. {Watch "
            "me|Try me|I'll do it}.",
            "Does the whole {place} want to {hear about|know about|hear what happened at} {time}? {Because it "
            "can|Because it could|It can be arranged}.",
            "{Walk out now|Leave now|Walk out on me} and the lie becomes {your lie|yours|all yours}. I'll {sign it "
            "over|sign it over to you|put it in your name}.",
            "I will {cry|sob|weep}, {addr}. {Loudly|Noisily|Messily}. In front of {other}.",
        ],
        "charm": [
            "{Anybody ever mention|Has anyone told you|Did anyone ever say} you've got {very trustworthy "
            "eyebrows|honest eyebrows|very reliable eyebrows}?",
            "You're the {smartest person|cleverest person|sharpest mind} in the {place}, {addr}. Don't tell {other} "
            "{I said so|I said that|I told you}.",
            "I brought you a {muffin|doughnut|croissant}. It's a bribe, but {it's also a pastry|also, pastry|still "
            "delicious}.",
            "You look like {someone who'd never, ever|a person who would never} tell {absent} anything.",
            "Love the {shoes. Very discreet shoes|scarf. Very discreet scarf|jacket. Very discreet jacket}. {Made "
            "for keeping secrets|The kind that keeps secrets|Secret-keeping fashion}.",
            "Honestly? You're {who I'd share a lifeboat with|my lifeboat person|the one I'd pick for a lifeboat}.",
            "Did you do {something new with your face|something with your hair|something new with your hair}? {It's "
            "working|It really works|It's working for you}.",
            "If anyone can {fix this|sort this out|save this}, {addr}, it's you. And me. {Mostly you|But mostly "
            "you|Ninety per cent you}.",
            "You've got the {voice|face|smile} of someone born to {lie to a boss|fib to management|lie to bosses}.",
            "Between us, {you're my favourite|you're my number one|I like you best}. Don't tell {my other "
            "favourite|my other number one|the others}.",
            "I made you a {little badge|little sash|tiny medal}. It says {'Hero'|'Legend'|'Best Helper'}. It's "
            "{laminated|glittery|got glitter on}.",
            "Remember when you {saved me|rescued me|bailed me out} at {time}? {Legend|Hero|Icon}. {Do it again|Do "
            "that again|Once more}.",
            "You're {glowing|radiant|sparkling}, {addr}. Is it the {place}? No. {It's you|It's all you|That's you}.",
            "Nobody {carries|holds|handles} a {prop} like you. {It's a gift|It's a talent|Honestly, a gift}.",
        ],
        "plead": [
            "Please, {addr}. I've got {nine minutes|eight minutes|ten minutes} and {no trousers|one shoe|no shoes}.",
            "I'm begging you. {On my knees. Well, knee. Bad knee|On my knees. Knee. The good one|Down on one knee, "
            "the bad one}.",
            "Just help me through {the next hour|this next hour|the next sixty minutes}. Then I'll {move "
            "abroad|leave the country|change my name}.",
            "Don't tell {absent}. Tell {anyone else|anybody else|literally anyone}. Tell {a pigeon|a duck|the "
            "pigeons}.",
            "This is not {a one-person job|a job for one|a solo mission}, {addr}. I tried. {It's on fire|Now it's "
            "on fire|It caught fire}.",
            "Stop {laughing|giggling|smirking} and start helping, {addr}. Please.",
            "One favour. {Tiny|Small|Minuscule}. Possibly illegal {in one county|in Belgium|in two countries}.",
            "Don't {send me back|make me go back} into the {place} alone. I've seen {things|things in there|what's "
            "in there}.",
            "If you love me {even slightly|even a little|at all}, you'll hold this {prop} and {say nothing|keep "
            "quiet|look innocent}.",
            "I'll never {ask again|ask you again|ask for anything again}. I'll ask {tomorrow|on Thursday|next "
            "week}, but {after that, never|then never again|that's it}.",
            "Look at me, {addr}. I am {a person entirely out of plans|someone with no plans left|a human without a "
            "plan}.",
            "When I say {'yes, the surgery went well'|'yes, I'm a qualified pilot'|'yes, I speak Dutch'}, you "
            "{nod|just nod|nod wisely}. Please.",
            "Do it for {group}, {addr}. Do it for {the cake|the buffet|the goat}.",
            "{Help me|Save me|Rescue me} and I'll name {my first goat|my next goat|a sandwich} after you.",
        ],
        "confide": [
            "{Between us|Just between us|Off the record}? I have no idea {what a spreadsheet does|what a "
            "spreadsheet is for|how a spreadsheet works}.",
            "I've never actually read {the book|the manual|the rules}. I read {the back. Twice|the back cover, "
            "twice|the blurb, twice}.",
            "Confession: the plan was {written on a napkin|scribbled on a napkin|drawn on a beer mat} at {time}.",
            "I told {absent} I run {marathons|ultra-marathons|half-marathons}. I've never {finished a "
            "staircase|finished a flight of stairs|run for a bus}.",
            "The truth is, {addr}, I've been {hiding|living|napping} in the {place} since {lunch|breakfast|Tuesday}.",
            "I practised this {conversation|chat|whole talk} with a {houseplant|cactus|fern}. It went better.",
            "I cried in the {place} earlier. Over {a biscuit|a broken biscuit|a custard cream}. {Don't ask|Please "
            "don't ask|Long story}.",
            "I've said {'synergy'|'leverage'|'circle back'} all day. {No clue what it means|I don't know what it "
            "means|No idea what it means}.",
            "Honestly? I just wanted {absent} to think I was {cool|interesting|a bit cool}.",
            "Don't tell {other}, but I'm {terrified of|scared of|frightened of} the {prop}.",
            "I have slept {four hours since Tuesday|three hours since Sunday|five hours this week}, {addr}. {In "
            "total|All told|Tops}.",
            "My {mother|mum|gran} thinks I'm {in charge here|the boss here|running this}. I'm not even {in charge "
            "of my hair|in charge of my own hair|the boss of my hair}.",
            "I learned to {juggle|tap-dance|unicycle} for this. {Three days. One bruise|Three days, two "
            "bruises|Four days, one sprain}.",
            "The fake {moustache is my real moustache|beard is my real beard|eyebrows are my real eyebrows}. It's "
            "been {a long week|a long month|a strange week}.",
        ],
    },
    "replies": {
        "to_question": [
            "No. Well, yes. {But in a no way|But in a no sort of way|But, you know, no}.",
            "{Great question|Super question|Good question}. Next question.",
            "I'd love to {answer that|answer|tell you}, {addr}, but I've been {advised not to|told not to|legally "
            "advised not to}. By me.",
            "Define {'you'|'you', exactly|'you' in this context}.",
            "Short version: {maybe|possibly|sort of}. Long version: {run|run away|run, now}.",
            "Absolutely not. Why? {What have you heard|Who have you been talking to|What did they tell you}?",
            "Technically yes, {spiritually no|emotionally no|morally, no}.",
            "Is this a {test|quiz|pop quiz}? I didn't {revise|study|prepare}.",
            "{Would it help|Would it count|Would it be enough} if I said {'it's complicated'|'it's a long "
            "story'|'no comment'} in a {confident voice|very confident voice|deep voice}?",
            "Ask {other}. {other} {loves questions|adores questions|lives for questions}.",
            "I can {explain|explain everything}. {I can't, but|I can't. But|Well, no. But} I can {talk for a long "
            "time|talk for ages|fill an hour}.",
            "It was {like that|already like that|broken} when I {found it|got here|arrived}, {addr}.",
            "About {time}, give or take {a catastrophe|a disaster|an emergency}.",
            "Yes, and I'd like {that to be the end of the interview|to stop the interview there|that to be my final "
            "answer}.",
        ],
        "to_accusation": [
            "Me? I'd never. {I might. I didn't|I could. I didn't|Well, I might. I didn't}. "
            "{Probably|Possibly|Mostly}.",
            "How dare you. {Accurately|Correctly|Fairly}, but how dare you.",
            "That's {slander. Or libel|libel. Or slander|slander, or possibly libel}. One of {the shouty ones|the "
            "legal ones|the big ones}.",
            "{In my defence|To be fair|In fairness}, I was {left unsupervised|unsupervised at the time|left alone "
            "with it}.",
            "I was {framed|set up|stitched up}, {addr}, by {circumstances and also by me|circumstances, and also "
            "me|fate, and a bit by me}.",
            "Okay, yes, {but it was|but honestly it was|though it was} {a tiny bit|partly|slightly} {other}'s fault.",
            "Objection! On the grounds {that it's embarrassing|that it's embarrassing me|of embarrassment}.",
            "That was {a completely different|an entirely different|a totally different} {prop}, {as you well "
            "know|and you know it|as everyone knows}.",
            "Wow. Wow. Okay. {Correct, but wow|Accurate, but wow|True, but rude}.",
            "Innocent until proven {fairly obvious|pretty obvious|extremely obvious}.",
            "I did not. I {delegated it|outsourced it|handed it to an intern}, which is {worse, but "
            "different|worse, but technically different|different, if worse}.",
            "Lies! Mostly! There's {a small true bit in the middle|a true bit in the middle|a tiny true bit "
            "somewhere}.",
            "You can't {prove that|prove it}. {Please don't try to prove that|Please don't try|Don't try to prove "
            "it}.",
            "And who taught me, {addr}? Who? {You, that's who|You did, that's who|You. You did}.",
        ],
        "to_statement": [
            "Great. Love that. {Terrible, but love it|Awful, but love it|Terrible, but I love it}.",
            "Right. Noted. Filed under {'panic later'|'later panic'|'problems for Thursday'}.",
            "Cool, cool, cool. {Not cool|Not cool at all|Extremely not cool}.",
            "Sorry, can you {say that again slower|repeat that more slowly|say that again, slowly}, so I can {be "
            "upset properly|panic properly|be properly upset}?",
            "That's the {worst thing|worst news|most alarming thing} I've heard since {the smoke alarm|the fire "
            "drill|the goat}.",
            "Okay, but could you {say it|say that|repeat it} in a {happier voice|cheerier voice|happier tone}?",
            "Fine. Good. {Everything is fine|It's all fine|All totally fine}, {addr}. This is {my fine face|my calm "
            "face|my everything-is-fine face}.",
            "That's what {absent} said, {right before the incident|just before the incident|right before the flood}.",
            "{Brilliant|Wonderful|Perfect}. Write it down {so we can burn it later|so we can shred it|and we'll "
            "burn it later}.",
            "Mm-hm. And {the bad news|the bad part|the catch}?",
            "I'll add that to {the list|my list}. {The list is now a scroll|It's a scroll now|The list has become a "
            "scroll}.",
            "Said like it's {a plan|a real plan}, {addr}. It's not {a plan|a plan. It's a wish}.",
            "Huh. I've been {nodding|nodding along|smiling} this whole time and {I've no idea why|I don't know "
            "why|I have no clue why}.",
            "Bold. Very bold. {Awful, but bold|Wrong, but bold|Terrible, but bold}.",
        ],
        "to_reveal": [
            "So {secret_you}? And I still {had to give a speech|had to do the toast|had to wear the name badge}?",
            "Wait, {secret_you}? That's my whole plan, {ruined by your worse plan|ruined by a worse plan|wrecked by "
            "your worse one}.",
            "{Hold on|Wait a second|Hang on}. So {secret_you}, and {other} knew?",
            "You're telling me {secret_you}, and I'm the one {in the costume|in the chicken suit|wearing the "
            "costume}?",
            "{Of all the things|Of all things|Unbelievable}. {absent} was right: {secret_you}.",
            "Amazing. So {secret_you}, and we're all {finding out now|hearing this now|learning this now}, at "
            "{time}.",
            "And {not one of you|nobody|none of you} {mentioned|thought to mention|said} that {secret_you}? Not "
            "even {in the group chat|in the group chat, once|a text}?",
            "I'm sorry, {secret_you}? Before or after {the goat|the goat incident|the cake}?",
            "So basically {secret_you}. Right. I need to {sit on something|sit down|lie down on something}.",
            "That explains {the smell|the noise|the smell earlier}. Because {secret_you}.",
            "Wow. I've {covered for you|lied for you|stuck my neck out} all day, and {secret_you}?",
            "{addr}, if {secret_you}, then my lie was {completely pointless|totally pointless|for nothing}.",
            "{Run that by me again|Say that again|Back up}: {secret_you}, and you're {lecturing me|giving me a "
            "lecture|telling me off}?",
            "You mean {secret_you}? Is that why the {prop} is {sticky|damp|humming}?",
        ],
        "to_event": [
            "Okay! Nobody panic! {I'm panicking, but nobody else|I'll panic, you lot stay calm|I'm panicking, but "
            "just me}.",
            "{That's fine|All fine|Totally fine}. We meant that. {We didn't. We do now|We didn't, but we do "
            "now|Well, we do now}.",
            "Tell me {somebody else|someone else|you also} saw that, {and it's not just me and my regrets|and it "
            "isn't just me|and I'm not imagining it}.",
            "Well, that's the {place} {ruined|done for|finished}.",
            "Act natural, {addr}. {Naturaller|More natural than that|Less like that}.",
            "Why does this {always happen|always happen to us|keep happening} at {time}?",
            "Okay, new plan: {the old plan, but faster|the old plan, faster|the old plan, but louder}.",
            "Somebody grab the {prop}! Not you, {addr}. {Anyone but you|Anybody but you|Literally anyone else}.",
            "I would like it {minuted|on record|noted} that I {didn't touch anything|touched nothing|never touched "
            "it}.",
            "That's either {very good or very bad|brilliant or a disaster|great or terrible}. {Probably both|Likely "
            "both|Or both}.",
            "Classic. {Absolute classic|Total classic|Textbook}. Nobody move.",
            "{other}! Is that yours? {Say it's yours|Please say it's yours|Tell me it's yours}.",
            "And that's why {we can't have nice things|we can't have parties|nobody invites us anywhere}.",
            "{Everybody stop screaming|Everyone stop shouting|Quiet, everyone}, I can't hear myself "
            "{scream|think|panic}.",
        ],
        "opener": [
            "Okay. Small problem. {Tiny. Barely a problem|Tiny. Hardly a problem|Teeny. Barely anything}.",
            "Nobody touch {anything|a thing}. {Especially not|Particularly not|Above all, not} the {prop}.",
            "Good news: {I have a plan|I've got a plan|there's a plan}. Bad news: {it's this plan|it's this "
            "one|it's mine}.",
            "Right, {addr}, whatever you {heard|heard about me|saw}, it was {a different person|someone else|my "
            "twin}.",
            "{Don't be alarmed|Nobody scream|Stay calm}, but the {prop} is missing and {so is my dignity|so is my "
            "dignity, mostly|so is my nerve}.",
            "I'm not {panicking|panicking, honestly|freaking out}. This is my {thinking face|planning face|focused "
            "face}.",
            "{Team meeting|Emergency meeting|Quick huddle}. You're the team. {This is the meeting|This is the "
            "meeting part|That's it, that's the meeting}.",
            "Before you say {anything|a word}, the {prop} was {already like that|like that already|broken when I "
            "got here}.",
            "{addr}! You're here! {Why are you here|What are you doing here|Why though}?",
            "{Quick question|Random question|Small question}, hypothetically: how fast can {a person|someone|a "
            "grown adult} learn to {juggle|tap-dance|ride a unicycle}?",
            "So, funny story. {Not funny. Story, though|Not funny. But a story|Not that funny, really}.",
            "It's {time} and I've already {lied twice|lied three times|told two lies}. {Personal best|New record|A "
            "personal best}.",
            "Is this the {place}? I've been in {three cupboards|three cupboards already|two cupboards and a lift}.",
            "{Morning|Evening|Afternoon}. Or whatever this is. {Has anyone seen a goat|Anyone seen a goat|Has "
            "anybody seen my goat}?",
        ],
    },
    "confessions": [
        "{Fine|All right|Okay, fine}! {secret_i}! Happy now, {addr}?",
        "Okay. Deep breath. {secret_i}. {Please stop looking|Stop looking|Don't look} at me {like a disappointed "
        "owl|like that|like a sad owl}.",
        "{secret_i}. {In my defence|In fairness|To be fair}, it seemed {like a good idea|like a great "
        "idea|sensible} at {time}.",
        "You'll laugh. {secret_i}. You're laughing. {Great|Lovely|Brilliant}.",
        "I can't {keep it up|keep this up|do this any more}, {addr}. {secret_i}. I'm free! {Doomed, but "
        "free|Ruined, but free|Doomed, but so free}!",
        "{Let me say it|Let me get it out|I'll say it} before {other} {does, badly|does it badly|makes it worse}: "
        "{secret_i}.",
        "Promise you won't tell {absent}. {secret_i}. {You're going to tell|You'll tell|You're already texting} "
        "{absent}.",
        "{All right|Okay|Right}, cards on the table. {Literally, here's a card|Literal cards. Here|I brought actual "
        "cards}. {secret_i}.",
        "{secret_i}, and honestly I feel {so much lighter|lighter already|ten pounds lighter}. {Mostly in the "
        "wallet|Mostly in the wallet, sadly|Spiritually, anyway}.",
        "{Brace yourself|Sit down|Hold on to something}, {addr}. {secret_i}. That's it. {That's the whole horrible "
        "thing|That's all of it|The whole awful thing}.",
        "I'm going to {say it very fast|say this fast|rush this}. {secret_i}. Okay. {Who wants cake|Cake, "
        "anyone|Who's for cake}?",
        "{Everyone gather round|Gather round, everyone|Listen up, all of you}, I'm only doing {this once|this one "
        "time|it once}: {secret_i}.",
        "It's true. {secret_i}. Next time, {better, with gloves|I'll wear gloves|more carefully}.",
        "{Stop the music|Kill the music|Music off}. {secret_i}. Okay, {start the music|music back on|carry on "
        "dancing}.",
    ],
    "gestures": [
        "{name} hides the {prop} behind {a potted plant|a small fern|a pot plant}. It does not fit.",
        "{name} gives {addr} a double thumbs-up, {unconvincingly|far too eagerly|without conviction}.",
        "{name} {trips over nothing|trips over thin air|stumbles on nothing}, recovers, and {pretends it was a "
        "dance move|turns it into a dance move|styles it out as a dance}.",
        "{name} writes {PROBLEM (BIG)|BIG PROBLEM|PROBLEM!!} on a clipboard and {underlines it|underlines it "
        "twice|circles it}.",
        "{name} sniffs the {prop}, {frowns|winces|squints}, and sniffs it again.",
        "{name} {backs slowly|edges slowly|tiptoes backwards} out of the {place}, then {slowly back in|slowly back "
        "in again|edges back in}.",
        "{name} mouths {'help'|'save me'|'help me'} at {other} over {addr}'s shoulder.",
        "{name} puts on {sunglasses|dark glasses|a sun hat} indoors, {for confidence|for courage|for no clear "
        "reason}.",
        "{name} eats {a whole canapé|an entire canapé|three canapés} to avoid {answering|the question|replying}.",
        "{name} salutes, {for no reason|for no clear reason|out of nowhere}, and {immediately regrets it|regrets it "
        "at once|instantly regrets it}.",
        "{name} wraps the {prop} in {a tablecloth|a napkin|a tea towel} like {a baby|a newborn|a burrito}.",
        "{name} tries to lean {casually|nonchalantly|coolly} on {a wall|a pillar|a counter} that isn't there.",
        "{name} checks under {the table|the sofa|the rug} for answers.",
        "{name} pats down every pocket, {twice|three times}, and finds {a spoon|a teaspoon|a single grape}.",
        "{name} breathes into {a paper bag|a crisp packet|a sandwich bag}, then {offers it to|passes it to|holds it "
        "out to} {addr}.",
        "{name} stands on a chair {to see better|for a better view|to get a look}, and the chair {objects|creaks in "
        "protest|complains}.",
        "{name} nods along {enthusiastically|eagerly|with great energy}, clearly lost.",
        "{name} stuffs {a biscuit|a bread roll|a sausage roll} in {addr}'s mouth {to stop the "
        "sentence|mid-sentence|before the sentence ends}.",
        "{name} ducks behind {other}, who is {shorter|much shorter|a head shorter}.",
        "{name} drops the {prop}, {catches it|juggles it|fumbles it}, drops it again.",
        "{name} consults a {list|notepad|checklist}, then {flips it over|turns it over} to {a longer list|an even "
        "longer list|a longer one}.",
        "{name} does finger-guns at {addr}. {Nobody returns them|Nobody returns fire|No one fires back}.",
        "{name} counts heads, gets {a different number|a new number|a different total}, counts again.",
        "{name} whispers urgently into {a stapler|a banana|a teaspoon}, {as if it were a radio|like it's a "
        "walkie-talkie|as if it's a radio}.",
        "{name} balances the {prop} on one finger, {briefly|for a second|almost}.",
        "{name} crawls under {the table|a table|the nearest table} and {stays there|stays put|refuses to come out}.",
        "{name} slides the {prop} under {a cushion|a seat cushion|a pillow} and sits {down firmly|on it firmly|down "
        "hard}.",
        "{name} laughs {far too loudly|much too loudly|a beat too long} at something {addr} didn't say.",
        "{name} yawns, stretches, and {uses it to steal|sneaks|steals} a look at the {prop}.",
        "{name} tries {three|four|five} different {facial expressions|faces|expressions} in a row.",
        "{name} pours water into {a glass already full of water|a full glass|a glass that's already full}.",
        "{name} waves at {absent} through the window. {It is a coat on a hook|It's a coat on a hook|It's a coat "
        "stand}.",
        "{name} opens the wrong door, {sees something|sees something awful|sees too much}, {closes it quickly|shuts "
        "it fast|closes it very quickly}.",
        "{name} straightens {a painting|a picture|a frame}, which {makes it crooked|makes it worse|knocks it "
        "crooked}.",
        "{name} produces {a fake moustache|a false beard|a clip-on tie} from a pocket, {considers it, puts it "
        "back|thinks about it, puts it away|considers it, then puts it away}.",
        "{name} elbows {other} in the ribs, {meaningfully|significantly|with meaning}.",
        "{name} answers {an imaginary call|a phone call|a call}. The phone is {a banana|a banana, sadly|a shoe}.",
        "{name} applauds, alone, then stops.",
        "{name} bites {a knuckle|a fist|their lip} to keep from {laughing|giggling|laughing out loud}.",
        "{name} ties {a napkin|a tea towel|a tie} round their head like {a warrior|a warrior going into battle|a "
        "tennis player}.",
        "{name} tucks the {prop} under one arm and {tries to look like|tries to pass as|poses as} {a lamp|a lamp "
        "stand|furniture}.",
        "{name} fans {addr} urgently with {a menu|a clipboard|a paper plate}.",
    ],
    "narration": [
        "Somewhere, a goose honks.",
        "The smoke alarm chirps once, meaningfully.",
        "A balloon drifts across the {place} and pops against a light.",
        "The printer begins printing something nobody sent.",
        "The {prop} sits in full view. Everyone looks at it.",
        "A clock strikes {time}, slightly out of tune.",
        "Through the wall, {group} begin a conga line.",
        "One of the ceiling tiles in the {place} sags, then changes its mind.",
        "The lift pings. Nobody gets out. It pings again, sarcastically.",
        "A sprinkler head drips, ominously, onto a spreadsheet.",
        "Music from the {place2}: the same song, for the fourth time.",
        "The silence is so awkward it has its own chair.",
        "A pigeon lands on the windowsill and watches, judgmentally.",
        "The coffee machine makes a noise like a dying goose.",
        "Somebody, somewhere, is microwaving fish.",
        "A banner reading CONGRADULATIONS slips off one hook.",
        "The {prop} wobbles. Everyone holds their breath. It settles.",
        "Far off, a car alarm joins in, for moral support.",
        "The lights flicker, as if the {setting} itself is embarrassed.",
        "A single shoe sits dead centre in the {place}. Nobody claims it.",
        "The vending machine drops two snacks for the price of one, then nothing, ever again.",
    ],
    "events": [
        "The boss arrives two hours early, carrying the {prop}.",
        "A live goat wanders into the {place}. Nobody claims it.",
        "The sprinklers go off, but only over the buffet.",
        "Somebody's mother turns up uninvited, with a casserole and opinions.",
        "A TV crew arrives, convinced this is a different event entirely.",
        "The fire alarm goes off at {time}, and {group} have to stand outside together in silence.",
        "{absent} replies to the wrong thread, and now absolutely everyone knows.",
        "The {prop} is delivered forty times, by mistake.",
        "The microphone is on. It has been on the whole time.",
        "A power cut plunges the {place} into darkness; when the lights return, everyone has swapped seats.",
        "A very serious inspector arrives with a clipboard and asks for whoever is in charge.",
        "The {prop} starts beeping and nobody knows why.",
        "A pizza arrives for a name nobody recognises, and it is already paid for.",
        "The {place} locks from the outside, with the key on the inside.",
        "A stranger in an identical outfit walks in, and everyone mixes them up at once.",
        "The replacement {prop} arrives. It is the wrong size. Dramatically wrong.",
        "A parrot escapes from somewhere and starts repeating the last secret it heard.",
        "The {place} floods, slightly, with something that is probably lemonade.",
        "An alarm clock goes off somewhere inside the {prop}.",
        "Someone finds {absent}'s diary and reads the wrong page aloud.",
        "The caterers quit, leaving four hundred vol-au-vents and a note.",
    ],
    "exits": [
        "{name} climbs out of the window, calmly, and is gone.",
        "{name} is carried off by a conga line and not seen again for an hour.",
        "{name} hides in the {place} and barricades the door with a chair.",
        "{name} faints, dramatically, onto the only soft thing available.",
        "{name} is dragged away by {group} to judge a cake contest.",
        "{name} loses their voice mid-shout and can only mime from now on.",
        "{name} runs off to 'get something' and never comes back.",
        "{name} is escorted out by security, waving.",
        "{name} falls asleep standing up.",
        "{name} answers the front door and is swept away by a tour group.",
        "{name} storms out, storms back in for a coat, then storms out again.",
    ],
    "openings": [
        "Half-inflated balloons sag across the {place}. A banner reads CONGRADULATIONS.",
        "Somebody has set off the smoke alarm in the {place} by toasting a bagel. Again. It's {time}.",
        "Lists cover the {place}, and every list says URGENT. The {prop} is buried somewhere underneath.",
        "The {place}, {time}. Forty folding chairs, nine guests, and a {prop} no one ordered.",
        "A whiteboard in the {place} reads PLAN A, crossed out, all the way down to PLAN K. The {prop} is circled.",
        "It smells of burnt toast and ambition in here. Someone is taping the {prop} back together.",
        "The {place} at {time} already looks like a crime scene, if the crime is catering.",
        "Decorations for an unconfirmed party fill the {place}. The {prop} is wearing a tiny hat.",
        "Paper plates, a karaoke machine and a fire extinguisher share one table in the {place}. Only the "
        "extinguisher looks ready.",
        "Sunlight streams into the {place}, which is a shame, because it shows everything. The {prop} is upside "
        "down.",
        "A heroic desk fan is the only sound in the {place}. Somebody has labelled the {prop} DO NOT TOUCH, which "
        "guarantees touching.",
        "In the {place}, a clipboard has been left on a chair like a threat. The clock reads {time}.",
        "Someone tidied the {place} in a panic: everything is in one cupboard. The cupboard door is bulging.",
        "One working light, three phone chargers and the {prop}, which is sticky. Welcome to the {place} at {time}.",
        "A goat-shaped piñata hangs over the {place}. Underneath, the {prop} awaits its moment.",
        "The {place} is set up for a presentation nobody has written. Slide one says TITLE.",
    ],
    "resolutions": [
        "{culprit} confesses everything into a microphone that was never off: {secret_they}. {group} applaud, "
        "confused.",
        "The plan fails perfectly: {secret_they}, and somehow that fixes everything. {culprit} takes a bow.",
        "{culprit} is cornered in the {place} and cracks: {secret_they}. {hero} laughs so hard the {prop} falls "
        "over.",
        "Everything spills out together, {secret_they}, and {culprit} is forgiven on condition of washing up forever.",
        "{culprit} tries one last lie, trips over it, and admits {secret_they}. {rival} films it for posterity.",
        "{hero} works it out with a whiteboard and a sandwich: {culprit}, all along, because {secret_they}.",
        "{culprit} comes clean, {secret_they}, and the boss turns out to have done exactly the same thing.",
        "{ally} reads the truth out loud from the {prop}: {secret_they}. {culprit} tries to hide behind {rival}.",
    ],
    "options": [
        "{hero} tells a bigger lie to cover the first one",
        "{ally} hides the {prop} somewhere even worse",
        "{rival} catches {hero} in the act",
        "{hero} comes clean, loudly, in the {place}",
        "Everyone swaps roles and hopes for the best",
        "{ally} fakes an emergency as a distraction",
        "{hero} and {rival} team up, reluctantly",
        "The boss walks in. Right now.",
        "{hero} tries again, in disguise",
        "{ally} tells {absent} everything",
    ],
    "beats": {
        "opening": [
            "One tiny lie", "{hero} has a plan and a clipboard", "The {prop} goes missing",
            "The boss is coming at {time}", "{holder} volunteers for everything", "Nobody reads the group chat",
            "{rival} smells a rat", "Mistaken identity in the {place}",
        ],
        "middle": [
            "The cover story needs a cover", "Wrong room, wrong {prop}", "Everyone has a lie going",
            "{holder} is nearly caught", "The goat incident", "{ally} goes off script",
            "{hero} and {rival}, locked in the {place}", "The plan, version six",
        ],
        "climax": [
            "Confession into a live microphone", "The plan fails perfectly", "The whole cast, one room",
            "{holder} cracks", "The boss arrives", "{hero} tells the truth, at length",
            "The big reveal, slightly sticky", "One last ridiculous idea",
        ],
    },
    "must_change": {
        "opening": [
            "{hero}'s small lie reaches everyone in the {place}",
            "{hero} recruits {ally} into the cover-up",
            "The {prop} is lost, and {hero} is put in charge of finding it",
            "{rival} starts asking questions about {absent}",
            "{holder} is caught somewhere they shouldn't be, and lies about why",
            "The deadline moves up to {time}",
            "{hero} promises {absent} something impossible",
            "{ally} accidentally confirms the lie in writing",
        ],
        "middle": [
            "The cover story collapses and a bigger one replaces it",
            "{holder}'s own secret comes out, in front of the wrong person",
            "{rival} gets proof and decides to wait for the worst moment",
            "{hero} and {rival} are forced to work together",
            "The {prop} turns up in the worst possible place",
            "{ally} quits the cover-up, then rejoins it",
            "The boss believes the lie, which is worse",
            "{hero} has to actually do the thing they pretended they could do",
        ],
        "climax": [
            "{hero} confesses everything to everyone",
            "{holder}'s secret is out, and the fallout is, somehow, a party",
            "The lie is replaced by the truth, which is even stranger",
            "{rival} turns out to have the biggest lie of all",
            "{hero} saves the day by accident",
            "The {prop} is returned, mostly intact",
            "{ally} gets the credit, and deserves it",
            "Nobody is fired, somehow",
        ],
    },
}
