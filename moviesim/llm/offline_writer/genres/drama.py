"""Drama: the default genre — people who love each other, and the thing nobody says."""

GENRE = {
    "label": "Drama",
    "keywords": ["drama", "grief", "inheritance", "divorce", "reunion", "funeral"],
    "weak_keywords": ["family", "secret", "betrayal", "ambition", "struggle"],
    "tones": ["Intimate, honest and quietly funny", "Raw and tender", "Restrained until it isn't",
              "Warm and unsparing", "Hushed, then overflowing"],
    "themes": ["family", "forgiveness", "ambition and its cost", "what we inherit", "home", "grief",
               "duty and desire", "the ones who stayed"],
    "moods": ["melancholy", "warm", "bruised", "raw", "heavy", "restless", "numb", "fragile", "sombre",
              "strained"],
    "speaking_styles": ["measured, each word weighed", "changes the subject to practical things",
                        "too polite, which is a warning sign", "says the hard thing kindly", "trails into silence",
                        "dry, understated humour", "talks to fill silences", "blunt to the point of cruelty",
                        "speaks of the dead in the present tense", "answers a question with a memory",
                        "sharp when cornered, soft after", "repeats the other's words back"],
    "titles": ["What We Don't Say", "The Long Weekend", "Small Hours", "One Night at the {Setting}",
               "The Last Summer at the {Setting}", "What We Left at the {Setting}", "Homecoming",
               "The {Prop} and Everything After", "Everything {absent} Kept", "The Empty Chair", "After {absent}",
               "Before We Sell the {Setting}", "All the Lights Left On", "Tea, Black, No Sugar",
               "Who Gets the {Prop}", "Nobody Says Goodbye"],
    "loglines": [
        "{group} come together {where} for the first time in years, and {hero} has one day to say what nobody "
        "dares to say about {absent}.",
        "A decision about the {prop} forces {hero} and {rival} to face what broke them apart {where}.",
        "When {absent} dies and leaves everything to {ally}, {hero} comes home {where} to find out why.",
        "{hero} has a suitcase by the door and one reason to stay {where}: {rival}, who won't ask.",
        "One weekend {where}, one will, and a family who each think they were loved least.",
        "{hero} returns {where} to clear out {absent}'s things and finds the {prop}, and the lie inside it.",
        "{hero} and {rival} haven't spoken in ten years; {where}, with {absent} gone, they have to.",
        "{ally} has kept {absent}'s secret for decades; {where}, {hero} is about to ask the one question that "
        "opens it.",
    ],
    "questions": [
        "What happened between {hero} and {absent} that nobody will talk about?",
        "Can {hero} and {rival} forgive each other before the {setting} is lost for good?",
        "What did {absent} leave behind, and who was it really meant for?",
        "Who among {group} has kept the truth about {absent}, and why?",
        "Will {hero} stay, or leave {where} for good?",
        "Can this family survive the weekend, and the truth?",
        "Why did {absent} leave the {prop} to {ally}?",
        "What is {rival} hiding, and what will it cost {hero} to find out?",
    ],
    "truths": [
        "{culprit} has carried it for years: {secret_they}, and {absent} knew.",
        "Everything changed the day {culprit} decided alone: {secret_they}.",
        "{culprit} is the reason, though never the villain: {secret_they}.",
        "It was {culprit}: {secret_they}, and nobody ever asked why.",
        "The silence in this family belongs to {culprit}: {secret_they}.",
        "{absent} protected {culprit} to the end, even though {secret_they}.",
        "{culprit} did it out of love, which is worse: {secret_they}.",
        "{culprit} knew what {hero} didn't: {secret_they}.",
    ],
    "secrets": [
        "Sold the {prop} months ago without telling anyone",
        "Read the last letter from {absent} at {time} and burned it",
        "Is leaving for good on Monday",
        "Has been ill for months and told no one",
        "Paid {absent}'s debts in secret for years",
        "Is not {absent}'s child by birth",
        "Burned the letters {absent} wrote from the hospital",
        "Turned down the job of a lifetime to stay near {absent}",
        "Was with {absent} at the end, and told no one",
        "Changed the will in the {place} at {time}",
        "Knows who {absent} really loved",
        "Has been visiting {absent}'s grave every week",
        "Signed the papers to sell the {setting} last spring",
        "Kept the diary that {absent} asked to have destroyed",
        "Left the night {absent} needed help most",
        "Hid the {prop} in the {place2} on the day of the funeral",
        "Never sent the letters written to {absent} every month",
        "Took the blame for {absent}'s accident years ago",
        "Found {absent}'s second bank account and kept quiet",
        "Owes {absent}'s old business partner everything",
        "Forged {absent}'s signature on the cheque",
        "Broke off an engagement to stay and look after {absent}",
        "Heard the last argument through the wall and never said",
        "Drove {absent} to the station the day they left, and helped them go",
        "Spent the savings {absent} put aside for the grandchildren",
        "Stole back the {prop} after it was sold",
        "Still writes to the brother {absent} disowned",
    ],
    "motivations": [
        "hold the family together", "be forgiven by {absent}, even now", "get out of this town for good",
        "make peace with the one I hurt", "keep the {setting} in the family", "prove everyone wrong about me",
        "protect the youngest from the truth", "be forgiven", "find out what {absent} meant at the end",
        "say goodbye properly this time", "stop being the responsible one", "earn my place at the table",
        "know whether I was loved", "leave something better behind",
    ],
    "goals": [
        "get through dinner without a fight", "find the {prop}", "sign the papers by {time}",
        "get five minutes alone with the one who left", "keep the secret one more day",
        "read the letter before anyone else", "clear out the {place}", "get a straight answer about the money",
        "make the speech without breaking", "stop the sale of the {prop}", "find out who visited {absent} last",
        "sleep one full night",
    ],
    "fears": [
        "becoming like {absent}", "being forgotten", "failing the people who stayed", "being alone in the {place}",
        "the truth about {absent}", "wasting my life", "needing anyone", "coming home and finding no one",
        "saying the wrong thing at the end", "being the one everyone blames", "the phone ringing at night",
        "turning out to be the reason",
    ],
    "tactics": {
        "press": [
            "{When were you going to|When did you plan to|Were you ever going to} tell me, {addr}? "
            "{After the papers were signed|Once it was all signed|When the ink was dry}?",
            "Who {decided|made the call|got to decide} about the {prop}? "
            "{Because it wasn't me|It certainly wasn't me|Nobody asked me}.",
            "Did {absent} ask for me? {At the end|Right at the end|In those last days}, "
            "{did they ask|did they say my name|was I mentioned}?",
            "{Since when have you known|How long have you known|How long has this been going on}, {addr}? "
            "{Months? Years?|Weeks? Months?|Since the spring?}",
            "Why {come back now|turn up now|show your face now}, "
            "{when it's all over|after all of it|when there's nothing left to save}?",
            "What did you and {other} {say|talk about|whisper about} in the {place}? "
            "{I heard my name|My name came up|I heard you say my name}.",
            "{The night it happened|That night|The night of it}, at {time}. "
            "{Where were you|Where were you really|Where did you go}?",
            "Is that {really how you remember it|really what you think happened|the version you've settled on}? "
            "{Really|Honestly|You believe that}?",
            "Then who {paid for it|footed the bill|covered it}? {Somebody paid|Someone did|It didn't pay for itself}.",
            "What {would you have done|would you have chosen|would you have done instead}, {addr}? "
            "{Honestly|Truly|Be honest}. {In my place|In my shoes|Standing where I stood}.",
            "Why is the {prop} {in your bag|packed in your case|in your coat pocket}?",
            "Do you {even want to be here|actually want to be here|want to be here at all}, "
            "or is {this duty|it just duty|this for show}?",
            "What else {haven't you told me|are you keeping back|have you kept from me}? "
            "{Start with the worst|Worst first|Begin with the worst of it}.",
            "Did you {ever once think|stop even once to think|ever wonder} about what it "
            "{cost me|took from me|did to me}?",
        ],
        "accuse": [
            "You {weren't here|were never here|weren't around}, {addr}. I was. "
            "{Every single day|Every day of it|Day after day}.",
            "You knew about {absent}. "
            "{A stranger had to tell me|I heard it from a stranger|I had to find out from the neighbours}.",
            "You signed it. {It's your name|Your signature's|That's your hand} on the {prop}.",
            "You always {leave|walk out|find a reason to go} before the {hard part|difficult bit|part that hurts}.",
            "You took {absent}'s side {before you'd heard mine|without hearing mine|before I'd said a word}.",
            "You've been {performing|putting on a show|playing the good one} for {group} "
            "{since breakfast|all day|since the minute you arrived}.",
            "You sent {a card|flowers|a text}, {addr}. "
            "{I needed a person|I needed you here|I needed someone in the room}.",
            "You told {other} {it was my fault|I was to blame|this was on me}. "
            "{It's all over|It's written all over|I can see it on} {other}'s face.",
            "You sold the {prop} and {called it practical|called it sensible|said it was for the best}.",
            "Don't {make it sound simple|pretend it was simple|make it sound easy}. "
            "{You made it complicated|You're the one who complicated it|You made it a mess}.",
            "You moved on {so fast it left tyre marks|before the flowers had died|in about a week}.",
            "You used {absent} being ill {as your reason to stay away|as an excuse not to come|as your way out}.",
            "You wanted the {place} "
            "{more than you ever wanted us|more than you wanted any of us|more than you ever loved us}.",
            "You lied at {time} and {you're lying now|you're still lying|you're doing it again now}.",
        ],
        "deflect": [
            "Not tonight, {addr}. "
            "{We're all too tired to be fair|None of us is fit to be fair|We're too worn out to be kind}.",
            "Ask {other}. {other} "
            "{always has the official version|keeps the official account|has the approved story}.",
            "This {isn't about me|has nothing to do with me|isn't my story}. "
            "{It never has been|It never was|It never is}.",
            "Shall I {put the kettle on|make a pot of tea|put some tea on}? "
            "{Someone should|Somebody ought to|We could all use one}.",
            "You sound {just like|exactly like|so like} {absent} "
            "{when you do that|when you start on that|when you get like this}.",
            "{Funny, that|Rich, that|Interesting}, from the one {who moved away|who left|who got out first}.",
            "I don't {remember it like that|remember it that way|recall it like that}, "
            "{and neither do you|and nor do you|and you don't either}.",
            "{Let's get through dinner first|Dinner first|Let's eat first}. "
            "{Hate me after pudding|You can hate me after pudding|Shout at me over the washing-up}.",
            "That was {years ago|a lifetime ago|half our lives ago}. "
            "{We were children|We were kids|We were barely grown}.",
            "Can we {just have one|have a single|manage one} ordinary evening in the {place}?",
            "Why does {everything have to be settled|it all have to be decided|it all need sorting} by {time}?",
            "{You want to talk about|Shall we talk about|So now we discuss} secrets? "
            "You, {of all people|of everyone here|really}?",
            "{absent} would've {hated this wallpaper|loathed these curtains|laughed at all this fuss}, "
            "{you know|for the record|honestly}.",
            "Not with {group} {listening|in earshot|hanging on every word}. {No|Absolutely not|Not a chance}.",
        ],
        "bargain": [
            "{Stay the weekend|Stay till Monday|Give me the weekend}, {addr}, and I'll "
            "{sign whatever you want|sign anything you like|put my name to whatever you want}.",
            "Give me the {prop}, and you'll {hear what|find out what|learn what} {absent} "
            "{said|told me|said at the end}.",
            "{One honest conversation|One real conversation|An hour of honesty}. "
            "{Then you can go back to your life|After that, go back to your life|Then you're free to go}.",
            "I'll tell {other} myself, {if you give me till|if you'll wait till|just give me until} {time}.",
            "Keep the {place}. "
            "{I just want the letters|All I want is the letters|Give me the letters and we're done}.",
            "You take {absent}'s {lawyer|solicitor|money}. {The family's mine|I'll keep the family|I get the family}.",
            "Help me {clear|sort out|empty} the {place} and {we'll call it even|we're square|I'll call it quits}.",
            "Let me stay {until it's sold|till the sale goes through|until the buyers come}. "
            "{After that, I'm gone|Then I'm gone|Then you won't see me again}.",
            "I'll stop {asking|pushing|going on about it} if you stop "
            "{leaving the room|walking out|leaving every time I start}.",
            "{Split it down the middle|Halve it|Fifty-fifty}. The money, the blame, {all of it|everything|the lot}.",
            "You have the {prop}; I have what {absent} {wrote|put in writing|left in the letter}. "
            "{Let's trade.|Fair swap.|Shall we trade?}",
            "Sit with me {one hour|for an hour|till the tea's gone}. "
            "{Then decide who gets what|Then we'll divide things up|After that, decide who gets what}.",
            "I'll take the blame {for it|for all of it|in front of everyone}, "
            "if you'll {call it a mistake|admit it was a mistake|say it was an accident}.",
            "Forgive {other}, and I'll {forgive you|let it go with you|forgive you too}. "
            "{That's the deal|That's my offer|Those are my terms}.",
        ],
        "threaten": [
            "{Walk out now|Leave now|Go through that door}, {addr}, and "
            "{don't bother coming back|don't come back|don't show your face} for the reading.",
            "Sell the {place}, and I'll fight you {for every brick|for every inch|through every court there is}.",
            "{Repeat that|Say that again|One more word like that}, and {other} "
            "{hears about|finds out about|learns what happened at} {time}.",
            "I'll {contest it|challenge it|fight it}. {I'll stand up at the reading and say so|Out loud, at the "
            "reading, in front of everyone|At the reading, on my feet, out loud}.",
            "{Keep lying|Lie to me once more|One more lie} and I'll read {absent}'s letter "
            "{out loud|to the whole room|aloud at dinner}.",
            "Touch the {prop} and {we're finished|we're done|that's the end of us}. {Properly|For good|I mean it}.",
            "If you {leave this time|walk out again|go this time}, "
            "I'm {changing the locks|changing the locks on you|not opening the door again}.",
            "One more word about {absent} and {I'm gone|I walk|I'm out of that door}. "
            "{For good|This time for good|And I won't come back}.",
            "I'll {say it|say all of it|say it out loud} in front of {group}, {addr}. "
            "{Try me|Go on, try me|Don't think I won't}.",
            "{Push me|Keep pushing|Go on, push}, {addr}, and you'll hear "
            "{everything I've swallowed for years|every word I've swallowed|all of it, every year of it}.",
            "I've got {the letters|every letter|the letters, all of them}. "
            "I can {make this very public|make this very loud|put this in front of everyone}.",
            "Tell {other} {before breakfast|by morning|before the reading}, "
            "or {I will|I'll do it myself|I'll do it for you}.",
            "Sign it {today|tonight|before you go} or I ring {the lawyer|the solicitor|my lawyer} "
            "{in the morning|first thing|at nine sharp}.",
            "Go to the {place} tonight and {I won't cover for you|I stop covering for you|you're on your own}.",
        ],
        "charm": [
            "You were always {the clever one|the bright one|the one with the brains}, {addr}. "
            "{absent} {used to say so|always said so|said it all the time}.",
            "{Kept you the good chair|Saved you the good chair|I kept the good chair for you}. "
            "{Old habits|Habit|Some things don't change}.",
            "You still laugh {like you did at twelve|the way you did as a kid|exactly like you did at twelve}. "
            "{I'd forgotten|I'd forgotten that|I'd lost that}.",
            "Nobody {makes tea like you|makes a pot like yours|gets the tea right like you}. Don't tell {other}.",
            "You look well. {Tired, but well|Tired, but well enough|Thin, but well}. "
            "Like {absent}, {around the eyes|about the eyes|in the eyes}.",
            "I've missed you. {There|There, I said it|So there}. "
            "{I'll deny it later|I'll deny it in the morning|Don't tell anyone}.",
            "You handled {group} {beautifully today|so well today|better than anyone could}. "
            "{I couldn't have|I'd have fallen apart|I'd have made a mess of it}.",
            "Remember {the summer|that summer|the year} you fixed the {prop} "
            "{with a hairpin|with a hairgrip and string|with a teaspoon}? {Genius|Pure genius|We were so impressed}.",
            "It's {good to have you home|good to have you back|nice having you home}, {addr}. "
            "{Even like this|Even now|Even for this}.",
            "{Only you are ever honest with me|You're the only one who's honest with me|You never lie to me}. "
            "So be {honest now|honest now, too|straight with me now}.",
            "{Come and sit|Come, sit down|Sit with me a minute}. "
            "You've been {on your feet|running about|up and down} since {time}.",
            "You were {absent}'s {favourite|favourite, always|pet}. "
            "{I minded less than you'd think|It bothered me less than you'd think|I didn't mind as much as you'd "
            "guess}.",
            "The {place} feels {less empty tonight|warmer tonight|less like a waiting room tonight}. "
            "{That's you|That's your doing|That's because of you}.",
            "You've got {absent}'s {hands|smile|way of standing}. "
            "{I noticed at the door|I saw it at the door|It caught me at the door}.",
        ],
        "plead": [
            "Please, {addr}. {Just stay for dinner|Stay for dinner, at least|Just stay and eat}.",
            "{Hear this one thing|Listen to one thing|Let me say one thing} "
            "{before you go|before you leave|before you get your coat}.",
            "Don't make me {beg|plead|beg you} in front of {other}.",
            "Please don't {sell|get rid of|part with} the {prop}. "
            "{It's all that's left|It's all we've got of them|There's nothing else left}.",
            "I'm asking for {one night without a fight|one evening without a row|a single night of peace}.",
            "Help me. I can't {clear|face|sort} the {place} {on my own|alone|by myself}.",
            "Don't leave {it like this again|it like last time|on a row again}. "
            "{I'm asking you|I'm begging you|Please}.",
            "Just tell me {it wasn't my fault|I'm not to blame|none of it was me}. "
            "{Even if you have to lie|Lie if you have to|Even if it isn't true}.",
            "I'm not asking for {forgiveness|you to forgive me|absolution}. "
            "I'm asking for {time|a bit of time|one more week}.",
            "For {absent}'s sake, {if not mine|if not for me|if nothing else}.",
            "Let me {explain|tell it my way|finish} before you "
            "{decide what I am|decide who I am|make up your mind about me}.",
            "{Call me|Ring me|Text me} when you get there. {Please. Just once|Just once. Please|Even one word}.",
            "I can't {lose you too|lose you as well|lose another one}, {addr}.",
            "{Sit down, please|Please, sit|Sit with me}. "
            "I can't {say this standing up|say this on my feet|do this standing}.",
        ],
        "confide": [
            "I found the {prop} in the {place}. {I haven't opened it|I haven't dared open it|It's still sealed}.",
            "I still {set a place|lay a place|put out a plate} for {absent}. "
            "{Every night|Every single night|Most nights}. {Isn't that stupid?|Daft, isn't it?|Stupid, I know.}",
            "I was offered {a job far away|a post abroad|work up north}, {addr}. "
            "{I turned it down|I said no|I didn't take it}. {I don't know why|Don't ask me why|I still can't say why}.",
            "Every time I {come home|walk through that door|come back here}, I'm "
            "{sixteen again|a teenager again|sixteen}, and you're "
            "{still right|still right about everything|still the one who's right}.",
            "I haven't {slept properly|slept a full night|had a proper night's sleep} since {time} that night.",
            "I rang {absent}'s number {yesterday|last night|this morning}, "
            "{just to hear the message|just to hear their voice|to hear the answerphone}.",
            "I'm {frightened|scared|afraid}, {addr}. "
            "{I don't say that to anyone|I've never said that aloud|I don't tell people that}.",
            "I kept {the voicemail|the last message|the answerphone tape}. {Some nights|Most nights|Some evenings} "
            "it's {the only voice I hear|the only voice in the house|all I listen to}.",
            "I blamed you {for years|for a decade|for a long time} because "
            "{it was easier than blaming me|that was easier than blaming myself|the alternative was me}.",
            "The doctors told me {in the spring|back in March|before Christmas}. "
            "{I told nobody|I haven't told anyone|Nobody knows}.",
            "I went past the {place} {every day for a month|every day for weeks|most days that month} "
            "and {couldn't go in|couldn't make myself go in|never once went in}.",
            "I think {absent} {knew what I'd done|knew all along|always knew}, "
            "and {forgave me anyway|forgave me regardless|loved me anyway}.",
            "When {other} came along, I was {so jealous I stopped speaking for a week|so jealous I went silent for a "
            "week|jealous enough to sulk for a month}.",
            "{Some days|Some mornings|There are days} I don't miss {absent} {at all|one bit|even a little}, "
            "and {that's the worst part|that's what frightens me|I hate myself for it}.",
        ],
    },
    "replies": {
        "to_question": [
            "Because {somebody had to|someone had to|it needed doing}, {addr}, "
            "and {it was never going to be you|you certainly weren't going to|you weren't here to do it}.",
            "{Every night|Every morning|Most nights} I ask myself. "
            "{No answer yet|Still no answer|I'm still waiting for an answer}.",
            "No. And I'd {thank you not to ask again|rather you didn't ask again|ask you to leave it there}.",
            "Yes. {Are you happy|Satisfied|Is that what you wanted}? {Yes|There. Yes|Yes, I did}.",
            "Does it {matter any more|make a difference now|change anything now}? "
            "{It's done|It's over|It's done with}.",
            "You {already know the answer|know the answer already|know full well}. "
            "You just want {to hear me say it|me to say it out loud|to hear it from me}.",
            "I'd tell you {if I could find the words|if I had the words|if I knew how}. "
            "{I can't|They won't come|They aren't there}.",
            "Since before {absent} {got ill|fell ill|took ill}. {Long before|Well before|Years before}.",
            "Ask {absent}. {Oh, wait|Oh, no, you can't|Oh, that's right}.",
            "Not {how you think|the way you think|like you imagine}.",
            "I was there, {addr}. {That's all you need|That's all you need to know|That's enough}.",
            "Honestly? {Given the same choice|Same choice again|If it came round again}, "
            "{the same answer|same answer|I'd do the same}.",
            "Because I was {ashamed|ashamed of it|too ashamed to}. {Happy now?|Satisfied?|There. Now you know.}",
            "That's not {a question|a fair question|a real question}, that's {a verdict|a sentence|passing judgement}.",
        ],
        "to_accusation": [
            "That's not fair. {True, maybe|Accurate, perhaps|It might be true}. "
            "{Not fair|But not fair|Still not fair}.",
            "I did {what I had to|what needed doing|what anyone would}. "
            "{You'd gone|You weren't here|You'd already left}.",
            "Don't you dare. {Not here, of all places|Not here|Not in this house}.",
            "You think I {wanted any of this|asked for any of this|chose this}?",
            "I was {twenty|nineteen|barely twenty}, {addr}. "
            "{I didn't know anything|I knew nothing|I didn't know a thing}.",
            "Yes. I did. For {absent}, {I'd do it every time|I'd do it again|I'd do it a hundred times}.",
            "Say what you mean. {Say I'm the reason|Say it's my fault|Say it was me}.",
            "Who {told you that|said that|put that in your head}? {other}?",
            "I won't be blamed {for loving them differently|for how I loved them|for loving in my own way}.",
            "That isn't {the whole story|half the story|the full story}, and you know {most of it|it|that}.",
            "Fine. Add it to {the others|the list|the pile}. {There are plenty|There's plenty|It's a long list}.",
            "I was protecting you. {I'm still protecting you|I still am|I'm doing it now}.",
            "What I forgive is {my business, not yours|my affair|mine to decide}.",
            "{Look who's talking|That's rich|Listen to you}. "
            "{Look who left|Says the one who left|You're the one who left}.",
        ],
        "to_statement": [
            "It's {strange|odd|funny}, hearing you say that {here|in this house|at this table}.",
            "I know, {addr}. I know.",
            "That's what {absent} {used to say|always said|would say}. {Word for word|Exactly that|Those very words}.",
            "Maybe. Or maybe "
            "{that's just what we tell ourselves|that's the story we tell|we just tell ourselves that}.",
            "You always {make it sound|make it seem|paint it} {simpler than it was|easier than it was|so simple}.",
            "Hm. I suppose {that's one way to remember it|that's one version|you could remember it like that}.",
            "I'd forgotten that. {I'd made myself forget it|I'd worked hard to forget it|I'd put it away}.",
            "Right. Well. {The kettle's boiled|The kettle's done|Tea's ready}.",
            "Don't. {Don't be kind to me now|Don't be nice to me now|Not kindness, not now}, "
            "I'll {fall apart|come apart|go to pieces}.",
            "That's the first {true thing|honest thing|true word} "
            "{anyone's said today|anyone's said all day|I've heard today}.",
            "You've been {carrying that|sitting on that|holding that in} {a while|for a long time|for years}, haven't "
            "you.",
            "{And now?|So?|Right.} What are we {supposed to do now|meant to do now|meant to do with that}?",
            "I heard. I just {didn't want to|didn't want it to be true|wasn't ready to}.",
            "{Funny|Strange|Odd}. I thought you'd {forgotten all of it|forgotten the lot|put all that behind you}.",
        ],
        "to_reveal": [
            "So {secret_you}. {And all these years|All this time|And for years} I "
            "{blamed myself|thought it was me|carried it}?",
            "You mean {secret_you}, and {absent} {knew|knew all along|was in on it}?",
            "I {sat with you|sat beside you|kept you company} in the {place} "
            "{every night|night after night|all those evenings}, and {secret_you}?",
            "Wait. {Say it again|Say that again|Again}. {addr}, {secret_you}?",
            "Oh, love. Of course {secret_you}. {It explains everything|That explains everything|That's why}.",
            "I spent {years|half my life|a decade} thinking it was {me|my fault|something I did}, and {secret_you}.",
            "So {absent} was {right about you|right all along|right to worry}: {secret_you}.",
            "All those {phone calls|Sunday calls|visits}, and "
            "{not once did you say|you never once said|not a word to say} "
            "{secret_you}.",
            "Does {other} know that {secret_you}? {Does anyone|Does anybody|Does anyone at all}?",
            "If {secret_you}, then {what else? What else is there|what else have you done|what else don't I know}?",
            "You're telling me {now|this now|this}, at {time}, that {secret_you}?",
            "I defended you. "
            "{I stood there and defended you|I stood up for you in front of everyone|I took your side}, "
            "and {secret_you}.",
            "No. You're saying {secret_you}, and then you "
            "{sat through dinner|passed the potatoes|sat there smiling at dinner}?",
            "Right. So {secret_you}. {I think I need some air|I need some air|I need a minute}.",
        ],
        "to_event": [
            "Leave it. Leave it, {addr}, {I'll get it|I'll see to it|I'll deal with it}.",
            "Is everyone {all right|okay|in one piece}? {other}?",
            "Well. {absent} always {did like an entrance|loved an entrance|knew how to make an entrance}.",
            "Not now. {Please, not now|Please, not today|Not now, please}.",
            "I'll go. {Somebody stay with|Someone sit with|One of you stay with} {other}.",
            "That's it, then. {That's how it ends|That's the end of it|So that's how it ends}.",
            "Don't touch {anything|a thing|it}. {I'll look first|Let me look first|I'll go first}.",
            "Of all the {days|weekends|nights} {for that to happen|for this|to pick}.",
            "That's the {second time this week|second time today|third time since Friday}.",
            "Sit down, everyone. {Sit down before you fall|Before someone falls|Sit, before you fall down}.",
            "I heard it. {We all heard it|We all did|Everyone heard it}.",
            "Get the {prop}. "
            "{Quickly, before someone else does|Quick, before anyone else does|Now, before someone else "
            "gets there}.",
            "Typical. {It waits until we're all here|It would happen with all of us here|Of course it's now}.",
            "I'll ring someone. {Who do we even ring for this|Who do you even ring for this|Who does one ring}?",
        ],
        "opener": [
            "You still take your {tea black|tea with no sugar|coffee black}, {addr}?",
            "The {prop} was in the {place2}. {I didn't open it|I left it shut|I haven't looked inside}.",
            "It's {strange|odd|so strange}, being back here.",
            "One ordinary conversation. {Could we manage that|Do you think we could|Is that too much}?",
            "You came. {I'd stopped expecting you|I'd given up on you|I didn't think you would}.",
            "The {place} looks {smaller than I remember|smaller than it used to|so much smaller}.",
            "I left the {light on|porch light on|back door open} for you, {addr}. "
            "{Like always|Like I always did|Same as ever}.",
            "It's {time}. {Couldn't sleep either|You couldn't sleep either|No sleep for you either}?",
            "Nobody's {touched|sat in|moved} {absent}'s chair. {Have you noticed?|Did you notice?|Not once.}",
            "Sit down. I'll make {something|you something|a sandwich}. You look {thin|thinner|half-starved}.",
            "I wasn't sure {which door to use|whether to knock|which door was mine} {any more|these days|now}.",
            "Before the others {wake up|come down|get up}, {can I talk to you|can we talk|have you got a minute}?",
            "{group} keep asking {where you've been|where you've got to|after you}.",
            "So this is {what's left|all that's left|what's left of it}.",
        ],
    },
    "confessions": [
        "{All right|Fine|Very well}. {secret_i}. There. Now you know "
        "{what I've been carrying|what I've been carrying about|why I couldn't look at you}.",
        "You'll hate me. {You should|You'd be right to|Good}. {secret_i}.",
        "{secret_i}, {addr}. I've {wanted to tell you|been meaning to tell you|tried to tell you} "
        "{for years|since the funeral|for the longest time}, and "
        "{never found a quiet enough room|never found the moment|there was never a quiet room}.",
        "{Sit down|You'd better sit|Sit, please}. {secret_i}, and {absent} {knew|knew all along|always knew}.",
        "{It won't stay in any longer|I can't hold it in any more|I can't keep it down any longer}. {secret_i}.",
        "Here it is, {the thing I couldn't say at dinner|what I couldn't say at the table|the bit I skipped at "
        "dinner}: {secret_i}.",
        "{Before you hear it from|Before it comes from|You should hear it from me, not} {other}: {secret_i}.",
        "{secret_i}. I don't {want forgiveness|need forgiving|want you to forgive me}. "
        "{I just needed you to know|I only needed you to know|You just had to know}.",
        "It was me. {secret_i}. {It was always me|It was always going to be me|Always me}.",
        "Don't {interrupt|stop me|say anything}, or I'll {lose my nerve|never get it out|lose my courage}. {secret_i}.",
        "I promised {absent} {I'd never tell|I'd take it to my grave|I'd keep quiet}. {secret_i}.",
        "{Truth, then|The truth, then|Here's the truth}. {secret_i}. "
        "{Given the choice|If I had it over|Same choice again}, I'd {choose it again|do it again|do exactly the same}.",
        "I practised this {in the car|all the way here|on the train}. {secret_i}.",
        "Look at me, {addr}. {secret_i}. {And I'm still your family|And I'm still me|I'm still the same person}.",
    ],
    "gestures": [
        "{name} wipes {the same clean plate|a plate that's already dry|the same dry plate}, "
        "{again|for the third time|once more}.",
        "{name} picks up the {prop}, then {can't let go of it|can't put it down|holds on too long}.",
        "{name} sits on {the bottom stair|the stairs|the back step}, "
        "{head in hands|face in both hands|elbows on knees}.",
        "{name} {pushes a window open|opens a window wide|props the back door open} "
        "and {stands in the cold|lets the cold in|breathes the cold air}.",
        "{name} turns {a photo frame|a framed photograph|the wedding photo} {towards the wall|face down|to the wall}.",
        "{name} traces the {prop}'s edge {with one thumb|with a fingertip|slowly}.",
        "{name} pulls out {absent}'s chair, then {pushes it back in|tucks it back under|thinks better of it}.",
        "{name} fills the kettle and {forgets to switch it on|never switches it on|just stands there}.",
        "{name} folds a coat {over one arm|over an arm|over the chair back} and {doesn't leave|doesn't go|stays put}.",
        "{name} looks at {addr} {for a long moment|a long while|for too long}, then {away|looks away|at the floor}.",
        "{name} presses {both palms|both hands|flat hands} to the table "
        "{to stop them shaking|to steady them|until they stop shaking}.",
        "{name} takes off {a watch|a wedding ring|a wristwatch} and sets it down "
        "{carefully|very gently|as if it might break}.",
        "{name} lights a candle, and {nobody asks why|no one asks|nobody says a word}.",
        "{name} squeezes {other}'s {shoulder|arm|hand} {on the way past|in passing|going by}.",
        "{name} stacks {old letters|the letters|the old cards} into a {neat pile|tidy pile|square pile}, "
        "then {scatters them|knocks them over|spreads them out again}.",
        "{name} stands in the doorway, {half in, half out|neither in nor out|not quite inside}.",
        "{name} rubs at a stain {on the tablecloth|on the table|on a cuff} "
        "{that won't come out|that won't shift|that isn't going anywhere}.",
        "{name} hands {addr} {a glass of water|a cup of tea|a clean tissue} "
        "{without being asked|unasked|without a word}.",
        "{name} stares out at the {place}, {waiting for it to answer|as if it might answer|waiting for something}.",
        "{name} laughs once, {short and wet|short and damp|a wet little sound}, "
        "and {covers it|hides it|coughs to cover it}.",
        "{name} picks at the label {on a bottle|on the wine bottle|of a bottle} "
        "{until it peels away|until it comes off|in strips}.",
        "{name} sets the {prop} down {between them|on the table|where everyone can see it} "
        "and {steps back|steps away|lets go}.",
        "{name} hangs {absent}'s {old coat|coat|old scarf} {back on its hook|back up by the door|on its peg again}.",
        "{name} {slumps against the wall|leans on the wall|sags against the wall} "
        "and {slides down it|slides to the floor|sinks down}.",
        "{name} {touches|brushes} {addr}'s {sleeve|hand|elbow}, barely.",
        "{name} rereads {one line|the same line|the last line} of the letter, {three times|again and again|twice}.",
        "{name} pours a drink, {looks at it|stares at it|holds it a moment}, "
        "{pours it away|tips it down the sink|then pours it away}.",
        "{name} winds the old clock, "
        "{though it stopped for good years ago|though it hasn't worked in years|though it never keeps time}.",
        "{name} breathes in {the smell of|the air of|the old smell of} the {place}, "
        "{eyes shut|eyes closed|for a long moment}.",
        "{name} kneels {to pick up the pieces|to gather the pieces|and collects the pieces}, "
        "{one by one|one at a time|slowly}.",
        "{name} buttons {a cardigan|a coat|a jacket} all the way up, {wrong|one button out|crooked}.",
        "{name} pockets the {keys|car keys|house keys}, then "
        "{takes them out again|puts them back|fishes them out again}.",
        "{name} rests {a forehead|their forehead} against {the cool window|the cold glass|the window}.",
        "{name} scrapes back a chair {and doesn't sit in it|and then stays standing|but doesn't sit}.",
        "{name} traces {initials|old initials|two sets of initials} "
        "{carved into the tabletop|cut into the table|scratched into the wood}.",
        "{name} offers {addr} a hand, and {waits|keeps it there|waits for it to be taken}.",
        "{name} clears away {other}'s {untouched plate|untouched plate without a word|cold cup}.",
        "{name} flinches at {the sound of a door|a door banging|a door closing} "
        "{somewhere below|downstairs|somewhere in the house}.",
        "{name} studies the {prop} {like a photograph of someone gone|as if it might explain itself|like a face "
        "they've lost}.",
        "{name} sorts the {post|mail|letters} into two piles: {the living, and|the rest of us, and|everyone else, and} "
        "{absent}.",
        "{name} tugs the curtains shut {against the evening|against the dark|on the street}.",
        "{name} sinks {onto the arm of the sofa|onto the sofa arm|into the nearest chair}, "
        "{suddenly old|looking suddenly old|all at once older}.",
    ],
    "narration": [
        "The kettle clicks off. Nobody moves to pour it.",
        "Outside, a dog barks twice and stops.",
        "Headlights slide over the ceiling of the {place} and are gone.",
        "A radio in another room switches to a song everyone here knows.",
        "The clock says {time}. It has always been five minutes fast.",
        "The {prop} is still where {absent} left it.",
        "Somewhere upstairs, a floorboard settles.",
        "Rain finds the same leak it has found for twenty years.",
        "The fridge hums. The tap drips. The {place} waits.",
        "Through the wall, {group} speak in low voices, then fall silent.",
        "A coat nobody will wear again still hangs by the door.",
        "Dust turns slowly in the last of the light.",
        "An extra place has been laid; nobody will clear it.",
        "The heating clanks on, late, as if it forgot.",
        "A moth beats against the glass, patient and hopeless.",
        "The {place2} is dark. Someone has left its door open.",
        "Cups go cold all over the {place}.",
        "Somewhere in the {setting} a phone rings, and stops before anyone reaches it.",
        "The garden gate bangs in the wind, unlatched.",
        "Evening settles over the {setting}, heavy and kind.",
        "An old answering machine blinks its red light: one message, saved.",
    ],
    "events": [
        "A lawyer arrives with a will nobody knew existed.",
        "An old friend of {absent} turns up with a story that contradicts everything.",
        "A storm brings a tree down across the {place}, and no one can leave tonight.",
        "A voicemail from years ago plays when someone picks up the old phone.",
        "Tucked inside the {prop}, a photograph: {absent}, with someone nobody recognises.",
        "Someone who wants to buy the {setting} arrives a day early, cheque in hand.",
        "The power fails at {time}, and {group} sit together in the dark.",
        "A letter in {absent}'s handwriting is found in the {place2}, addressed to someone here.",
        "A stranger knocks and asks for {absent} by a name no one here uses.",
        "The hospital rings with news nobody is ready for.",
        "{absent}'s old dog wanders in from the rain, thinner, very much alive.",
        "Someone finds the {prop} smashed in the {place}.",
        "A removal van pulls up outside, booked by one of {group}.",
        "A FOR SALE sign goes up outside without anyone's permission.",
        "The diary {absent} kept in the last year turns up in a drawer.",
        "A parcel arrives addressed to {absent}: a birthday present ordered months ago.",
        "The ceiling in the {place} gives way under the weight of old rain.",
        "A neighbour calls round with food and lets slip what {absent} told them.",
        "A cheque falls out of an old book: a large sum, made out to one of {group}, never cashed.",
        "A car pulls up: the one person nobody thought would come.",
        "The old clock in the {place}, silent for years, is found wound and ticking.",
    ],
    "exits": [
        "{name} collapses in the hallway and is taken to hospital.",
        "{name} takes the car keys off the hook and drives away without a word.",
        "{name} goes out into the garden and stays there, in the dark.",
        "{name} climbs the stairs to the old bedroom and locks the door.",
        "{name} takes a phone call, goes white, and leaves at once.",
        "{name} walks out, leaving the {prop} behind.",
        "{name} falls silent, and nothing anyone says reaches them now.",
        "{name} is taken home by {group}, too upset to stay.",
        "{name} packs a bag in four minutes flat and is gone.",
        "{name} leaves by the {place} before anyone can stop them.",
        "{name} sits down in {absent}'s chair and will not speak.",
    ],
    "openings": [
        "A kitchen-table quiet hangs over the {place}; the clock still runs five minutes fast. It's {time}.",
        "Boxes, half-packed, line the {place}. The {prop} rests on the nearest, unlabelled.",
        "Evening light comes through dusty curtains in the {place}. Somebody has laid one place too many.",
        "Coats piled on a chair, the hum of a fridge, voices kept low. The {prop} has been moved since this "
        "morning.",
        "Nobody in the {place} has turned the big light on, and nobody wants to. It's {time}.",
        "Rain taps at the {place}'s windows. On the sideboard, the {prop}, and a stack of cards nobody has opened.",
        "The {place} smells of lilies and burnt toast. {group} move around each other like strangers on a "
        "platform.",
        "Morning in the {place}, grey and reluctant. The {prop} waits where it was left last night.",
        "Twenty years, and the {place} hasn't changed, except that it's quieter. A radio murmurs somewhere.",
        "Half the furniture in the {place} is under dust sheets. The other half looks like it's waiting for someone.",
        "It's {time}, and someone has turned the heating up in the {place} for a person who isn't coming.",
        "Plates stacked unwashed in the {place}, a bottle nobody has finished, and the {prop} among them.",
        "Late, in the {place}: one lamp, one chair pulled close to it, and the {prop} on the arm.",
        "Sunlight, indifferent and bright, fills the {place}. It's the kind of day {absent} would have liked.",
        "Flowers nobody knows where to put crowd the {place}. A card reads SO SORRY, and is unsigned.",
        "Suitcases wait in the {place}, by the door. It's {time}, and someone has changed their mind twice already.",
    ],
    "resolutions": [
        "{culprit} says it out loud at last: {secret_they}. Nobody leaves the table.",
        "In the {place}, {culprit} tells {hero} the truth, {secret_they}, and {hero} takes a long time to answer, "
        "then does.",
        "{culprit} admits that {secret_they}. {rival} walks out; {ally} follows; by morning they're all back.",
        "The truth comes out in pieces, {secret_they}, and {culprit} stops pretending it doesn't hurt.",
        "{culprit} hands over the {prop} and what it hid: {secret_they}. {hero} keeps both.",
        "{hero} reads it in {absent}'s own hand: {secret_they}. {culprit} doesn't deny it.",
        "{culprit} breaks down and tells everyone that {secret_they}; the family holds, just.",
        "It's {culprit}, after all: {secret_they}. What's left is deciding whether to forgive.",
    ],
    "options": [
        "{hero} reads {absent}'s letter to everyone",
        "{rival} packs the car and leaves",
        "{ally} tells {hero} what {absent} really said",
        "{hero} sells the {prop}",
        "{hero} and {rival} finally have it out in the {place}",
        "{ally} hides the {prop} before anyone else finds it",
        "{hero} asks {rival} to stay",
        "Everyone sits down to dinner, and nobody speaks",
        "{rival} calls the lawyer",
        "{hero} goes to the {place} alone at night",
    ],
    "beats": {
        "opening": [
            "Coming home", "The empty chair at dinner", "{holder} arrives late, and sober", "The {prop} is found",
            "{hero} and {rival}, not speaking", "What {absent} left behind", "{holder} pretends everything is fine",
            "An offer for the {prop}",
        ],
        "middle": [
            "Old wounds in the {place}", "{holder}'s letter", "Everyone chooses a side",
            "A late-night talk about {absent}", "The offer with a deadline", "{ally} chooses wrong",
            "{holder} almost tells", "The argument everyone avoided",
        ],
        "climax": [
            "Saying it out loud", "{holder}'s truth at the table", "The choice about the {prop}",
            "{hero} stays, or goes", "What {absent} meant", "The goodbye, done properly",
            "{rival} and {hero}, finally", "The morning after",
        ],
    },
    "must_change": {
        "opening": [
            "{hero} learns what {absent} left behind, and who it was left to",
            "{hero} and {rival} are forced to stay under one roof",
            "{holder} is seen with the {prop} and lies about it",
            "{ally} begs {hero} to stay the weekend",
            "{rival} announces plans to sell",
            "A letter for {hero} turns up in {absent}'s hand",
            "{hero} promises {ally} not to fight, and means it",
            "{holder}'s story about the last night doesn't add up",
        ],
        "middle": [
            "{holder}'s secret reaches {hero}, but not yet the others",
            "{hero} and {rival} say things that can't be taken back",
            "{ally} takes {rival}'s side in front of everyone",
            "The offer for the {prop} gets a deadline",
            "{hero} packs a bag, and {ally} unpacks it",
            "{rival} admits to {hero} that they were never forgiven",
            "{hero} finds out that {absent} knew",
            "{holder} tries to leave and can't",
        ],
        "climax": [
            "{hero} says the unsaid thing to {rival}, in front of everyone",
            "{holder}'s secret is out, and the family decides what it means",
            "{hero} decides the fate of the {prop}",
            "{rival} is forgiven, or isn't, out loud",
            "{hero} stays, knowing everything",
            "{ally} finally speaks for themselves",
            "The truth about {absent} is told by the one who hid it",
            "Everyone says goodbye properly this time",
        ],
    },
}
