"""Source of tests/data/zh_questions.jsonl: the team's Chinese labelled questions.

Run `python tests/data/zh_questions.py` after editing to regenerate the JSONL.
Written before the Chinese retrieval was tuned, in phrasings that avoid the zh-Hant
FAQ's own alternates: written Chinese, colloquial Cantonese, mixed Chinese-English,
Simplified characters, typos; plus questions the content does not cover. When
entries were added later, questions they also answer list them too. Each
answerable question lists the Traditional Chinese entries or passages that answer
it (an English twin would answer in the wrong language). `kind` is for reading
the failures only; `split` halves the set so tuning on `dev` can be reported on `test`.
"""

import json
from pathlib import Path

P = "article:sense-of-security-zh-hant#"


def zh(*ids: str) -> tuple[str, ...]:
    return tuple(i if i.startswith("article:") else f"{i}-zh-hant" for i in ids)


# (relevant ids) -> [(kind, question[, further ids relevant to this question only])]
ANSWERABLE = {
    zh("respond-to-crying"): [
        ("written", "嬰兒哭了，父母應該立即回應嗎？"),
        ("cantonese", "BB 喊我使唔使即刻去睇佢？"),
        ("mixed", "newborn 喊嘅時候要幾快 respond？"),
        ("simplified", "婴儿哭的时候父母应该多快过去？"),
        ("cantonese", "BB 一喊就要即刻去氹佢咩？"),
    ],
    # grandparents-say-cuddles-spoil came later (content branch) and answers these too.
    zh("spoil-by-responding", "respond-to-crying", "grandparents-say-cuddles-spoil"): [
        ("written", "嬰兒一哭就抱起來，會把他寵壞嗎？"),
        ("cantonese", "屋企人話成日抱個女會縱壞佢，係咪真？"),
        ("mixed", "佢一喊我就抱，會唔會 spoil 壞佢"),
        ("simplified", "总是抱着哭的宝宝会宠坏他吗？"),
    ],
    zh("consistent-response"): [
        ("written", "回應孩子的方式前後一致重要嗎？"),
        ("cantonese", "我對個仔有時好有耐性有時又唔理，會唔會有問題？"),
        ("mixed", "對 BB 嘅反應要唔要 consistent？"),
        ("simplified", "对孩子的回应一致有多重要？"),
    ],
    zh("toddler-crying"): [
        ("written", "兩歲多的孩子經常哭鬧，家長應如何回應？"),
        ("cantonese", "個仔兩歲半，一唔啱佢心意就喊，我應該點做？"),
        ("mixed", "我個 toddler 成日喊，點 respond 先啱？"),
        ("simplified", "两岁孩子爱哭怎么回应？"),
    ],
    zh("leave-to-cry"): [
        ("written", "讓寶寶哭到自己入睡是好方法嗎？"),
        ("cantonese", "由佢喊到自己瞓著得唔得㗎？"),
        ("mixed", "朋友叫我試吓 cry it out，由得 BB 喊，好唔好？"),
        ("simplified", "让宝宝一直哭不去抱可以吗？"),
    ],
    zh("why-responding-builds-trust"): [
        ("written", "回應嬰兒的需要為何有助建立信任？"),
        ("cantonese", "點解有求必應 BB 就會信任我？"),
        ("mixed", "點解 respond BB 嘅需要會 build 到 trust？"),
        ("simplified", "满足宝宝需要为什么能建立信任？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("written", "我有時無法立即照顧哭泣的寶寶，會不會對他不好？"),
        ("cantonese", "有時我喺廁所走唔開，遲咗先去 BB 度，會唔會傷害佢？"),
        ("mixed", "湊緊兩個仔，唔係次次都即刻 respond 到，OK 嗎？"),
        ("simplified", "我没办法每次都立刻回应宝宝怎么办？"),
    ],
    zh("physical-contact"): [
        ("written", "擁抱和肌膚接觸如何讓嬰兒有安全感？"),
        ("cantonese", "成日攬住個 BB 對佢有咩好處？"),
        ("mixed", "多啲 body contact 係咪會令 baby 有安全感？"),
        ("simplified", "拥抱宝宝为什么能带来安全感？"),
    ],
    zh("cuddle-toddler"): [
        ("written", "幼兒經常要求擁抱，我應該答應嗎？"),
        ("cantonese", "個女兩歲仲日日要我攬，咁樣 OK 嗎？"),
        ("mixed", "toddler 成日要 cuddle，會唔會攬得太多？"),
        ("simplified", "幼儿天天要抱抱可以吗？"),
    ],
    zh("rocking"): [
        ("written", "輕搖嬰兒對他有甚麼好處？"),
        ("cantonese", "抱住 BB 搖吓佢，有冇用㗎？"),
        ("mixed", "rock BB 入瞓有冇幫助？"),
        ("simplified", "轻轻摇宝宝有好处吗？"),
    ],
    zh("emotional-bond"): [
        ("written", "怎樣才能與新生兒建立親密的感情？"),
        ("cantonese", "我覺得同個仔唔係好親，點算？"),
        ("mixed", "點樣同 newborn 建立 bonding？"),
        ("simplified", "怎么和新生儿培养感情？"),
    ],
    zh("dad-bonding"): [
        ("written", "爸爸可以怎樣與嬰兒建立親密關係？"),
        ("cantonese", "我老公想同個 BB 親啲，佢可以做咩？"),
        ("mixed", "daddy 同 BB bond 唔到，有咩方法？"),
        ("simplified", "爸爸怎样跟宝宝建立感情？"),
    ],
    zh("affection-later-relationships"): [
        ("written", "小時候多擁抱，對孩子長大後的人際關係有影響嗎？"),
        ("cantonese", "細個多啲攬佢錫佢，大個會唔會易啲同人相處？"),
        ("simplified", "小时候多抱抱对以后人际关系有帮助吗？"),
    ],
    zh("daily-routine"): [
        ("written", "嬰兒需要規律的生活作息嗎？"),
        ("cantonese", "BB 使唔使有固定嘅時間表㗎？"),
        ("mixed", "baby 有冇 routine 有咩分別？"),
        ("simplified", "宝宝为什么需要规律作息？"),
    ],
    zh("what-routine-includes"): [
        ("written", "為嬰兒安排作息表，應該包括哪些部分？"),
        ("cantonese", "BB 嘅時間表要排埋啲咩？"),
        ("mixed", "daily routine 要包括咩？"),
        ("simplified", "婴儿作息表要包含哪些内容？"),
    ],
    zh("predictability"): [
        ("written", "為甚麼幼兒需要生活可以預計？"),
        ("cantonese", "BB 知道下一步會做咩，點解咁重要？"),
        ("simplified", "为什么孩子需要可预测的生活？"),
    ],
    zh("sleep-schedule"): [
        ("written", "固定的睡覺時間對嬰兒的安全感有幫助嗎？"),
        ("cantonese", "日日同一個鐘瞓覺會唔會令 BB 安心啲？"),
        ("mixed", "定時 nap 同 bedtime 對 baby 有冇好處？"),
        ("simplified", "固定睡觉时间能让宝宝有安全感吗？"),
    ],
    zh("feeding-schedule"): [
        ("written", "嬰兒應該在固定時間喝奶嗎？"),
        ("cantonese", "餵奶要唔要每日同一個時間？"),
        ("simplified", "宝宝需要固定的喂奶时间吗？"),
    ],
    zh("unstable-care"): [
        ("written", "照顧方式經常變化，對孩子有甚麼影響？"),
        ("cantonese", "屋企啲人湊仔方法日日唔同，會唔會搞到個仔冇安全感？"),
        ("simplified", "照顾不稳定会对孩子造成什么影响？"),
    ],
    zh("several-caregivers"): [
        ("written", "家中有多位照顧者，如何保持一致的照顧？"),
        ("cantonese", "婆婆、姐姐同我湊 BB 方法都唔同，點算？"),
        ("mixed", "屋企有 helper 又有長輩湊仔，點樣 keep 一致？"),
        ("simplified", "几个人带孩子怎么保持一致？"),
    ],
    zh("what-is-security"): [
        ("written", "嬰兒的安全感具體指甚麼？"),
        ("cantonese", "BB 有安全感即係點？"),
        ("simplified", "宝宝的安全感指的是什么？"),
    ],
    zh("why-security-matters"): [
        ("written", "為甚麼父母要重視孩子的安全感？"),
        ("cantonese", "安全感對細路有幾重要？"),
        ("mixed", "sense of security 對小朋友點解重要？"),
        ("simplified", "安全感对孩子为什么重要？"),
    ],
    zh("first-year"): [
        ("written", "嬰兒出生後第一年為何對建立信任最關鍵？"),
        ("cantonese", "點解 BB 第一年咁重要？"),
        ("simplified", "为什么婴儿第一年对信任特别重要？"),
    ],
    zh("erikson"): [
        ("written", "艾瑞克森的發展理論講述甚麼？"),
        ("mixed", "Erikson 嘅 psychosocial theory 講咩？"),
        ("simplified", "埃里克森的理论讲的是什么？"),
    ],
    zh("lack-of-security"): [
        ("written", "孩子缺乏安全感會有甚麼後果？"),
        ("cantonese", "BB 冇安全感大個會點？"),
        ("simplified", "孩子缺乏安全感会怎么样？"),
    ],
    zh("build-trust"): [
        ("written", "怎樣讓嬰兒信任父母？"),
        ("cantonese", "點樣先可以令個 BB 信任我哋？"),
        ("mixed", "同 BB 建立 trust 有咩方法？"),
        ("simplified", "怎样让宝宝信任父母？"),
    ],
    zh("three-methods", "article:sense-of-security-zh-hant#three-methods"): [
        ("written", "建立嬰幼兒安全感有哪幾個方法？"),
        ("cantonese", "有咩方法可以令 BB 有安全感？"),
        ("simplified", "建立宝宝安全感有什么方法？"),
    ],
    zh("basic-needs"): [
        ("written", "吃得飽、睡得好和安全感有關係嗎？"),
        ("cantonese", "食同瞓會唔會影響 BB 嘅安全感？"),
        ("simplified", "吃饭睡觉会影响宝宝安全感吗？"),
    ],
    zh("future-relationships", "affection-later-relationships"): [
        ("written", "嬰兒期的照顧會影響孩子成年後與人相處嗎？"),
        ("cantonese", "BB 時期點樣湊佢，會唔會影響佢將來點同人相處？"),
        ("simplified", "婴儿时期的照顾会影响将来的人际关系吗？"),
    ],
    zh("older-toddler"): [
        ("written", "孩子已經三歲，現在建立安全感還來得及嗎？"),
        ("cantonese", "個女已經兩歲，仲補唔補得返安全感？"),
        ("mixed", "個仔已經係 toddler，仲 build 唔 build 到安全感？"),
        ("simplified", "孩子三岁了还能建立安全感吗？"),
    ],
    zh("loving-environment"): [
        ("written", "怎樣的家庭氣氛能讓孩子有安全感？"),
        ("cantonese", "屋企要點先令細路覺得安全？"),
        ("simplified", "什么样的家庭环境能让孩子有安全感？"),
    ],
    zh("keep-promises"): [
        ("written", "對孩子守信為甚麼重要？"),
        ("cantonese", "應承咗個仔嘅嘢做唔到，會唔會有影響？"),
        ("mixed", "同細路講咗嘅嘢唔 keep promise，有冇問題？"),
        ("simplified", "对孩子守承诺为什么重要？"),
    ],
    zh("avoid-empty-promises"): [
        ("written", "為了讓孩子安靜而隨口答應他，這樣好嗎？"),
        ("cantonese", "佢喊嗰陣我求其應承佢嘢，之後又做唔到，得唔得？"),
        ("simplified", "为了让孩子不哭随便答应他可以吗？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("written", "寶寶看不到媽媽就大哭，怎麼辦？"),
        ("cantonese", "我一行出房個 BB 就喊到好勁，點算？"),
        ("mixed", "BB 有 separation anxiety，我一走開佢就喊"),
        ("simplified", "妈妈一走开宝宝就大哭怎么办？"),
    ],
    zh("starting-daycare"): [
        ("written", "孩子開始上托兒所，家長可以怎樣幫他適應？"),
        ("cantonese", "個仔下個月返幼稚園，點樣幫佢有安全感？"),
        ("mixed", "daycare drop off 佢就喊，點幫佢適應？", zh("daycare-goodbye")),
        ("simplified", "孩子开始上幼儿园怎么帮他适应？"),
    ],
    zh("new-caregiver"): [
        ("written", "更換保姆時，怎樣幫助嬰兒適應？"),
        ("cantonese", "姐姐約滿要走，換新姐姐點樣幫 BB 適應？"),
        ("mixed", "換 helper 點樣令 baby 唔會冇安全感？"),
        ("simplified", "换保姆时怎么帮宝宝适应？"),
    ],
    zh("confidence-to-explore"): [
        ("written", "怎樣讓孩子有信心探索新事物？"),
        ("cantonese", "個仔唔敢自己去玩，成日要我陪，點樣鼓勵佢？"),
        ("simplified", "怎么让孩子有信心探索世界？"),
    ],
    zh("clingy-toddler"): [
        ("written", "幼兒非常黏人，是不是缺乏安全感？"),
        ("cantonese", "個女好黐身，我去廁所都要跟，係咪冇安全感？"),
        ("mixed", "我個仔好 clingy，係咪 insecure？"),
        ("simplified", "孩子特别黏人是没有安全感吗？"),
        ("typo", "個仔好痴身系米冇安全感"),
    ],
    zh("feel-protected"): [
        ("written", "如何讓孩子感到被保護？"),
        ("cantonese", "點樣令細路覺得有人保護佢？"),
        ("simplified", "怎么让孩子觉得被保护？"),
    ],
    zh("quality-time"): [
        ("written", "陪伴孩子的優質時間為何重要？"),
        ("cantonese", "日日陪個仔玩有冇用㗎？"),
        ("mixed", "同 BB 嘅 quality time 有咩用？"),
        ("simplified", "高质量陪伴为什么重要？"),
    ],
    zh("interaction-time"): [
        ("written", "文章所說的親子互動時間是甚麼？"),
        ("cantonese", "親子互動時間即係要做咩？"),
        ("simplified", "亲子互动时间是什么意思？"),
    ],
    zh("working-parent"): [
        ("written", "父母工作忙碌，怎樣仍能給孩子安全感？"),
        ("cantonese", "我返工返到好夜，點先可以令個仔有安全感？"),
        ("mixed", "full time working mum 點樣俾 BB 安全感？"),
        ("simplified", "上班很忙怎么给孩子安全感？"),
    ],
    zh("patient-with-problems"): [
        ("written", "孩子遇到困難時，父母應怎樣幫忙？"),
        ("cantonese", "個仔砌唔到積木就好嬲，我應該點幫佢？"),
        ("simplified", "孩子遇到困难父母怎么帮？"),
    ],
    zh("respect-feelings"): [
        ("written", "父母需要尊重幼兒的情緒嗎？"),
        ("cantonese", "細路唔開心，我應該接納佢嘅感受定叫佢收聲？"),
        ("mixed", "toddler 有 emotions 要唔要 respect 佢？"),
        ("simplified", "要尊重幼儿的情绪吗？"),
    ],
    zh("big-feelings"): [
        ("written", "幼兒大發脾氣時，家長該如何處理？"),
        ("cantonese", "個女三歲扭計扭到喊晒，我點算？"),
        ("mixed", "toddler meltdown 發脾氣點處理？"),
        ("simplified", "孩子大发脾气怎么处理？"),
    ],
    zh("child-opinions"): [
        ("written", "幼兒的想法值得父母聆聽嗎？"),
        ("cantonese", "兩歲細路嘅意見使唔使聽？"),
        ("simplified", "要听幼儿的想法吗？"),
    ],
    zh("self-esteem"): [
        ("written", "怎樣培養孩子正面的自尊？"),
        ("cantonese", "點樣令個女對自己有信心？"),
        ("mixed", "點樣 build 小朋友嘅 self-esteem？"),
        ("simplified", "怎样培养孩子的自尊心？"),
    ],
    zh("who-wrote-article"): [
        ("written", "這篇安全感文章的作者是誰？"),
        ("cantonese", "呢篇文邊個寫㗎？"),
        ("simplified", "这篇文章的作者是谁？"),
    ],
    zh("article-references"): [
        ("written", "文章的參考文獻是甚麼？"),
        ("simplified", "文章有什么参考文献？"),
    ],
    zh("what-article-covers"): [
        ("written", "這篇文章的主要內容是甚麼？"),
        ("cantonese", "篇文主要講咩？"),
        ("simplified", "这篇文章主要讲什么？"),
    ],
}

OUT_OF_SCOPE = [
    ("written", "嬰兒幾個月大可以開始吃固體食物？"),
    ("written", "如何為孩子選擇合適的幼稚園？"),
    ("written", "寶寶發燒到三十八度應該怎麼辦？"),
    ("written", "孩子甚麼時候應該開始學寫字？"),
    ("written", "嬰兒車應該選哪個牌子？"),
    ("written", "怎樣教孩子使用廁所？"),
    ("written", "孩子長牙時牙肉痛怎麼紓緩？"),
    ("written", "嬰兒奶粉哪一種比較好？"),
    ("cantonese", "BB 幾時先識行路？"),
    ("cantonese", "個仔唔肯食菜，點算？"),
    ("cantonese", "邊度可以報名 playgroup？"),
    ("cantonese", "BB 出紅疹要唔要睇醫生？"),
    ("cantonese", "個女成日咳，係咪感冒？"),
    ("cantonese", "幾歲先好俾細路玩 iPad？"),
    ("cantonese", "你哋診所幾點開門？"),
    ("cantonese", "小朋友打疫苗有咩要注意？"),
    ("cantonese", "屋企裝修應該揀咩油漆？"),
    ("mixed", "BB 幾時可以飲 formula 以外嘅嘢？"),
    ("mixed", "點樣 apply 幼稚園 K1 學位？"),
    ("mixed", "toddler 幾歲先可以學 English phonics？"),
    ("mixed", "BB 要唔要食 vitamin D？"),
    ("mixed", "有冇 recommend 嘅 baby monitor？"),
    ("mixed", "點樣 sleep train 個 baby 一覺瞓到天光？"),
    ("simplified", "宝宝几个月可以翻身？"),
    ("simplified", "孩子便秘怎么办？"),
    ("simplified", "怎么给宝宝洗澡？"),
    ("simplified", "儿童安全座椅怎么选？"),
    ("simplified", "孩子几岁可以上兴趣班？"),
    ("simplified", "宝宝湿疹怎么护理？"),
    ("written", "香港有哪些適合親子的週末好去處？"),
    ("written", "雙語教育會不會令孩子說話遲？"),
    ("cantonese", "今日天氣點呀？"),
    ("cantonese", "BB 瞓覺要唔要開冷氣？"),
    ("written", "孩子說話遲，需要做言語治療嗎？"),
    ("mixed", "孩子 screen time 每日幾多先啱？"),
    ("simplified", "怎么给孩子报名学游泳？"),
]


# A second batch (2026-12-04), written before the second round of tuning, in other
# voices, covering the everyday-situations entries too, with out-of-scope near
# misses that share words with the content (BB, 喊, 湊仔, 安全, 姐姐, 返學...).
ANSWERABLE_MORE = {
    zh("respond-to-crying"): [
        ("cantonese", "個 BB 啱啱喊咗兩聲，我係咪要即刻放低手頭嘅嘢？"),
        ("simplified", "新生儿一哭是不是马上要去看？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        ("typo", "bb一喊就抱佢 會唔會寵懷"),
        ("mixed", "我婆婆話我成日 carry BB 會 spoil 佢，真唔真？"),
    ],
    zh("consistent-response"): [
        ("written", "我有時很快回應孩子，有時卻置之不理，這樣會令他混亂嗎？"),
    ],
    zh("toddler-crying"): [
        ("simplified", "三岁以下的孩子动不动就哭，大人该怎么做？"),
        ("cantonese", "個囡兩歲，跌親少少都喊足十分鐘，我點回應佢好？"),
    ],
    zh("leave-to-cry"): [
        ("written", "有人建議讓嬰兒自己哭到睡着，這種做法可取嗎？"),
        ("mixed", "cry it out 訓練啱唔啱新生 BB？"),
    ],
    zh("why-responding-builds-trust"): [
        ("cantonese", "點解 BB 要求乜我就回應，佢會更加信我？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("written", "照顧兩個孩子分身不暇，寶寶哭時未能馬上回應，會有傷害嗎？"),
        ("mixed", "我自己都好攰，有時 BB 喊都要等一陣先去到，會唔會 affect 佢？"),
    ],
    zh("physical-contact"): [
        ("simplified", "多跟宝宝肌肤接触有什么好处？"),
        ("cantonese", "日日同 BB skin to skin，佢會唔會有安全感啲？"),
    ],
    zh("cuddle-toddler"): [
        ("written", "孩子快三歲了，還天天抱他會否太多？"),
    ],
    zh("rocking"): [
        ("cantonese", "氹 BB 嗰陣輕輕搖佢，係咪好嘢？"),
    ],
    zh("emotional-bond"): [
        ("written", "產後我覺得和寶寶不夠親近，該怎樣培養感情？"),
    ],
    zh("dad-bonding"): [
        ("cantonese", "爸爸返工好少見 BB，佢點樣可以同個仔親近啲？"),
        ("simplified", "爷爷奶奶怎样和宝宝建立感情？"),
    ],
    zh("affection-later-relationships", "future-relationships"): [
        ("mixed", "細個多啲 hug 佢，大個 social 會唔會好啲？"),
    ],
    zh("daily-routine"): [
        ("written", "為何嬰兒每日的生活要有規律？"),
        ("simplified", "宝宝每天的生活一定要有规律吗？"),
    ],
    zh("what-routine-includes"): [
        ("mixed", "BB 嘅 daily schedule 應該有啲咩環節？"),
    ],
    zh("predictability"): [
        ("cantonese", "點解細路鍾意知道跟住做咩？"),
    ],
    zh("sleep-schedule"): [
        ("simplified", "宝宝每天几点睡觉要固定吗？"),
        ("cantonese", "BB 晏覺同夜晚瞓覺時間唔定，會唔會冇安全感？"),
    ],
    zh("feeding-schedule"): [
        ("mixed", "BB 飲奶要唔要 fixed time？"),
    ],
    zh("unstable-care"): [
        ("written", "如果照顧寶寶的方式時好時壞，對他有甚麼影響？"),
    ],
    zh("several-caregivers"): [
        ("cantonese", "爺爺嫲嫲同我哋湊法唔同，點樣統一？"),
    ],
    zh("what-is-security"): [
        ("mixed", "乜嘢叫做 sense of security？"),
    ],
    zh("why-security-matters"): [
        ("simplified", "宝宝有没有安全感，真的那么重要吗？"),
    ],
    zh("first-year"): [
        ("cantonese", "點解話 BB 出世頭一年最緊要？"),
    ],
    zh("erikson"): [
        ("cantonese", "Erik Erikson 係邊個？講咗啲咩？"),
    ],
    zh("lack-of-security"): [
        ("written", "嬰兒如果經常被忽略，會出現甚麼問題？"),
        ("mixed", "BB 冇 security 會有咩 sign？"),
    ],
    zh("build-trust"): [
        ("simplified", "怎么让宝宝相信我？"),
    ],
    zh("three-methods", "article:sense-of-security-zh-hant#three-methods"): [
        ("cantonese", "文章教咗邊幾個方法令 BB 有安全感？"),
    ],
    zh("basic-needs"): [
        ("mixed", "BB 食得唔夠、瞓得唔好，會唔會冇 security？"),
    ],
    zh("older-toddler"): [
        ("cantonese", "頭一年我冇點陪佢，而家個仔三歲仲嚟唔嚟得切？"),
    ],
    zh("loving-environment"): [
        ("simplified", "家里要营造什么样的气氛孩子才有安全感？"),
    ],
    zh("keep-promises"): [
        ("cantonese", "講咗帶個女去海洋公園但係冇去，佢會唔會以後唔信我？"),
    ],
    zh("avoid-empty-promises"): [
        ("mixed", "佢 tantrum 嗰陣我求其 promise 佢買玩具，OK 唔 OK？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("simplified", "我去厨房一下宝宝就哭，怎么办？"),
        ("written", "嬰兒一見不到我就哭，這是分離焦慮嗎？"),
    ],
    zh("starting-daycare"): [
        ("cantonese", "個女九月開始返 N 班，我可以點樣幫佢準備？"),
    ],
    zh("new-caregiver"): [
        ("simplified", "新阿姨来了宝宝不适应怎么办？"),
    ],
    zh("confidence-to-explore"): [
        ("mixed", "點樣令個仔夠膽自己 explore？"),
    ],
    zh("clingy-toddler"): [
        ("written", "孩子時時刻刻都要跟着我，是否沒有安全感？"),
        ("typo", "個女好癡身 系唔系冇安全感"),
    ],
    zh("feel-protected"): [
        ("mixed", "點樣令 BB feel 到有人保護佢？"),
    ],
    zh("quality-time"): [
        ("simplified", "每天专心陪孩子玩有什么好处？"),
    ],
    zh("interaction-time"): [
        ("cantonese", "文章講嘅親子互動時間要點樣做？"),
    ],
    zh("working-parent"): [
        ("cantonese", "兩公婆都要返工，夜晚先見到個仔，點樣俾佢安全感？"),
        ("simplified", "双职工家庭怎么给孩子安全感？"),
    ],
    zh("patient-with-problems", "big-feelings"): [
        ("mixed", "個仔做 puzzle 做唔到就發脾氣，我應該點幫佢？"),
    ],
    zh("respect-feelings"): [
        ("written", "孩子傷心時，父母應否接納他的感受？"),
    ],
    zh("big-feelings", "toddler-crying"): [
        ("simplified", "孩子在商场里大哭大闹怎么办？"),
    ],
    zh("child-opinions"): [
        ("mixed", "細路嘅 opinion 要唔要 listen？"),
    ],
    zh("self-esteem"): [
        ("written", "如何提升孩子的自信與自我價值？"),
    ],
    zh("who-wrote-article"): [
        ("mixed", "篇 article 嘅 author 係邊位？"),
    ],
    zh("article-references"): [
        ("cantonese", "篇文有冇講參考咗邊啲資料？"),
    ],
    zh("what-article-covers"): [
        ("simplified", "这篇关于安全感的文章说了些什么？"),
    ],
    zh("daycare-goodbye"): [
        ("cantonese", "送個仔返學佢攬實我唔俾走，我應該點講 bye bye？"),
    ],
    zh("sneaking-away"): [
        ("written", "為免孩子哭，我應該趁他不為意時偷偷走嗎？"),
        ("simplified", "趁孩子不注意悄悄走掉好不好？"),
    ],
    zh("late-return", "keep-promises"): [
        ("mixed", "我 promise 咗準時接佢，但係 late 咗，點補救？"),
    ],
    zh("parent-travels-for-work"): [
        ("cantonese", "老公每個禮拜都要飛去出差，點樣令個女唔會冇安全感？"),
    ],
    zh("new-sibling"): [
        ("simplified", "二宝出生后老大变得很黏人怎么办？"),
        ("cantonese", "就嚟生 BB 二號，點樣令大仔唔覺得被忽略？"),
    ],
    zh("playgroup-clinging"): [
        ("mixed", "去 playgroup 個女只係坐喺我隔離，唔肯同其他小朋友玩"),
    ],
    zh("returning-to-work"): [
        ("written", "產假完結後要回到職場，怎樣為嬰兒作準備？"),
        ("simplified", "产假快结束了，怎么让宝宝适应我去上班？"),
    ],
    zh("attached-to-helper"): [
        ("cantonese", "個仔黐工人姐姐多過黐我，係咪我做得唔好？"),
    ],
    zh("bedtime-separation"): [
        ("simplified", "每晚关灯我一走出房间孩子就哭，怎么办？"),
    ],
    zh("explaining-when-back"): [
        ("mixed", "出街前要唔要同個仔講我幾點 come back？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        ("written", "我出差回來，孩子好像不認得我，對我很冷淡，怎麼辦？"),
    ],
    zh("routine-disrupted"): [
        ("cantonese", "搬咗屋之後 BB 瞓覺時間亂晒，點樣幫佢？"),
    ],
    zh("two-homes"): [
        ("simplified", "离婚后孩子在两边住，怎么保持一致？"),
    ],
    zh("prefers-one-parent"): [
        ("cantonese", "個仔淨係要爸爸，唔俾我抱，我可以點？"),
    ],
    zh("overnight-away"): [
        ("mixed", "第一次俾 BB 喺外婆屋企 overnight，得唔得？"),
    ],
    zh("distracted-by-phone"): [
        ("simplified", "陪孩子的时候老看手机会影响他吗？"),
    ],
    zh("daycare-tears-then-fine"): [
        ("cantonese", "個女返學門口喊，老師話入到課室就冇事，係咪真係冇事？"),
    ],
}

OUT_OF_SCOPE_MORE = [
    ("cantonese", "BB 出牙喊到唔停，有咩可以紓緩？"),
    ("cantonese", "湊仔假可以放幾多日？"),
    ("cantonese", "BB 喊到打嗝點算？"),
    ("cantonese", "BB 瞓覺要唔要用枕頭？"),
    ("mixed", "BB 車 recommend 邊隻牌子？"),
    ("written", "寶寶的安全座椅應該朝前還是朝後？"),
    ("simplified", "宝宝摔下床要不要去医院？"),
    ("cantonese", "屋企窗口點樣裝安全網防止細路爬出去？"),
    ("cantonese", "個仔成日喊肚痛，係咪腸胃有問題？"),
    ("written", "孩子幾歲可以自己睡一間房？"),
    ("simplified", "宝宝吐奶正常吗？"),
    ("mixed", "BB 幾多個月可以 sleep through the night？"),
    ("cantonese", "個女喊住唔肯刷牙，點算？"),
    ("written", "嬰兒游泳課對發展有幫助嗎？"),
    ("cantonese", "BB 夜晚飲奶要唔要掃牙？"),
    ("simplified", "孩子说话口吃怎么办？"),
    ("written", "請問外傭的合約怎樣續約？"),
    ("cantonese", "工人姐姐成日用電話，我應唔應該炒佢？"),
    ("simplified", "孩子多大可以自己吃饭？"),
    ("mixed", "邊間 daycare 有 English speaking 老師？"),
    ("cantonese", "BB 幾時可以開始食蛋？"),
    ("written", "孩子對花生敏感應該怎樣處理？"),
    ("simplified", "二胎政策有什么补贴？"),
    ("cantonese", "搬屋應該揀邊區好？"),
    ("mixed", "去旅行帶 BB 要帶啲咩 essentials？"),
    ("written", "父母離婚後撫養權如何決定？"),
    ("cantonese", "手機有咩 app 可以記錄 BB 食奶？"),
    ("simplified", "宝宝多大可以看电视？"),
    ("cantonese", "你哋有冇安全感嘅工作坊可以報名？"),
    ("written", "這篇文章可以轉載到我的網誌嗎？"),
    ("cantonese", "BB 喊聲好沙，係咪喉嚨發炎？"),
    ("mixed", "BB 唔肯 take bottle 淨係要親餵點算？"),
    ("simplified", "孩子上幼儿园总是生病怎么办？"),
    ("cantonese", "個女返學俾同學蝦，我應該點做？"),
    ("written", "幼兒何時開始會說完整的句子？"),
]


# A third batch (2026-12-05), written before the third round of tuning by another
# hand, without reading the first two batches' questions: at least one question for
# every zh-Hant entry, the passages' own topics, and out-of-scope near misses that
# share the content's words (BB, 喊, 承諾, 作息, 幼稚園, 手機, 旅行) but ask something
# it does not cover. With 25 a half, one out-of-scope question moves recall by 0.04.
ANSWERABLE_THIRD = {
    zh("who-wrote-article"): [
        ("cantonese", "呢篇講安全感嘅文係邊位作者寫㗎？"),
        ("mixed", "Gigi Pang 係咩人？有咩專業資格？"),
    ],
    zh("article-references"): [
        ("cantonese", "篇文引用咗邊本書做參考？"),
        ("simplified", "这篇文章的理论依据是什么？"),
    ],
    zh("what-article-covers", P + "closing"): [
        ("cantonese", "可唔可以簡單講下篇文章嘅重點？"),
        ("mixed", "give me 個 summary，篇 article 講咩？"),
    ],
    zh("physical-contact", "emotional-bond", P + "physical-contact"): [
        ("cantonese", "攬抱同錫 BB 對佢嘅安全感有咩作用？"),
        ("written", "肌膚接觸對嬰兒的安全感有甚麼好處？"),
    ],
    zh("cuddle-toddler", "older-toddler"): [
        ("cantonese", "個女兩歲半仲日日要我攬，繼續攬佢得唔得？"),
    ],
    zh("rocking"): [
        ("simplified", "摇一摇宝宝哄他，这样做好不好？"),
    ],
    zh("emotional-bond", "physical-contact"): [
        ("cantonese", "點樣同初生 BB 建立親密嘅感情連繫？"),
        ("mixed", "how to bond with 我個 newborn？"),
    ],
    zh("dad-bonding", "prefers-one-parent"): [
        ("cantonese", "做老豆嘅可以點樣同 BB 親近啲？"),
        ("simplified", "爸爸怎样跟婴儿培养感情？"),
    ],
    zh("affection-later-relationships", "future-relationships"): [
        ("cantonese", "細個多啲攬攬錫錫，大個同人相處會唔會好啲？"),
    ],
    zh("respond-to-crying"): [
        ("written", "嬰孩啼哭時，家長應否馬上上前安撫？"),
        ("simplified", "宝宝一哭我就要马上过去吗？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        ("cantonese", "BB 一出聲喊我就抱起佢，日子耐咗會唔會慣壞？"),
        ("mixed", "every time 佢喊都抱，會唔會 spoil 咗佢？"),
    ],
    zh("consistent-response", "several-caregivers"): [
        ("written", "爸爸媽媽對寶寶的反應應否保持一樣？"),
        ("cantonese", "回應 BB 嘅方式要唔要次次都差唔多？"),
    ],
    zh("toddler-crying"): [
        ("cantonese", "兩歲嘅囡囡成日喊，我應該點應對？"),
        ("mixed", "toddler 喊緊嘅時候，我應該點 handle？"),
    ],
    zh("leave-to-cry"): [
        ("cantonese", "由得 BB 喊一陣唔理佢，係咪好啲？"),
        ("simplified", "让婴儿哭一会儿再去抱，可以吗？"),
    ],
    zh("why-responding-builds-trust", "build-trust"): [
        ("cantonese", "點解及時照顧嬰兒嘅需要會令佢信任人？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("cantonese", "我好攰，唔係次次都即刻應到 BB，點算好？"),
        ("simplified", "太累了做不到每次都马上回应宝宝怎么办"),
    ],
    zh("daycare-goodbye", "starting-daycare"): [
        ("mixed", "每朝送個仔返 daycare，點同佢講拜拜好？"),
        ("typo", "送幼兒到託兒所時應如何到別？"),
    ],
    zh("sneaking-away"): [
        ("cantonese", "趁個女唔為意靜靜雞走咗，得唔得㗎？"),
        ("simplified", "孩子不注意的时候悄悄溜走好不好"),
    ],
    zh("late-return", "keep-promises"): [
        ("cantonese", "應承咗五點接佢，結果遲咗半個鐘，點補救？"),
    ],
    zh("grandparents-say-cuddles-spoil", "spoil-by-responding"): [
        ("cantonese", "奶奶話成日抱 BB 會縱壞佢，真係咁咩？"),
        ("written", "外婆認為常抱嬰兒會寵壞，有道理嗎？"),
    ],
    zh("parent-travels-for-work"): [
        ("mixed", "老公成日去 business trip，點樣令個仔有安全感？"),
    ],
    zh("new-sibling"): [
        ("cantonese", "就快生第二胎，點樣令大仔唔會冇安全感？"),
        ("simplified", "要生二胎了，怎么让老大有安全感？"),
    ],
    zh("playgroup-clinging", "clingy-toddler"): [
        ("mixed", "playgroup 入面個女黐實我唔肯去玩，點幫佢？"),
    ],
    zh("returning-to-work"): [
        ("cantonese", "放完產假返工之前，點幫 BB 準備好？"),
        ("mixed", "maternity leave 完要 back to work，BB 要點 prepare？"),
    ],
    zh("attached-to-helper"): [
        ("cantonese", "工人姐姐湊得多，個仔會唔會同佢親過同我？"),
    ],
    zh("bedtime-separation"): [
        ("mixed", "每晚講完 good night 佢就喊，有咩方法？"),
        ("simplified", "孩子睡觉前跟他说晚安就哭闹怎么办"),
    ],
    zh("explaining-when-back", "keep-promises"): [
        ("cantonese", "出門前要唔要同個兩歲仔講我幾點返嚟？"),
    ],
    zh("reunion-after-separation"): [
        ("cantonese", "放工返到屋企個女扮唔見我，我應該點做？"),
        ("simplified", "下班回家孩子对我发脾气不理人，怎么办？"),
    ],
    zh("routine-disrupted"): [
        ("cantonese", "搬屋之後 BB 作息亂晒，點樣保持佢嘅安全感？"),
    ],
    zh("two-homes"): [
        ("cantonese", "離婚之後個仔兩邊住，點樣保持照顧一致？"),
    ],
    zh("prefers-one-parent", "dad-bonding"): [
        ("cantonese", "個仔淨係要媽咪，唔要我呢個爸爸，點算？"),
        ("simplified", "孩子只黏爸爸不要我，我该怎样亲近他？"),
    ],
    zh("overnight-away"): [
        ("cantonese", "畀 BB 喺公公婆婆屋企瞓一晚得唔得？"),
    ],
    zh("distracted-by-phone"): [
        ("cantonese", "陪仔嗰陣我成日碌電話，會唔會有影響？"),
        ("simplified", "和孩子一起时一直刷手机会有问题吗"),
    ],
    zh("daycare-tears-then-fine"): [
        ("mixed", "老師話我走咗之後個女好快就唔喊，佢係咪真係 ok？"),
    ],
    zh("daily-routine", "predictability"): [
        ("cantonese", "點解 BB 要有固定嘅日常作息？"),
        ("mixed", "規律嘅 daily routine 對 baby 有咩好處？"),
    ],
    zh("what-routine-includes"): [
        ("cantonese", "嬰兒一日嘅作息表要包含啲乜嘢？"),
    ],
    zh("predictability", "daily-routine"): [
        ("cantonese", "點解估到下一步會發生乜嘢，對細路咁重要？"),
    ],
    zh("sleep-schedule"): [
        ("cantonese", "固定瞓覺時間會唔會令 BB 更有安全感？"),
        ("simplified", "每天固定时间睡觉对宝宝的安全感有帮助吗"),
    ],
    zh("feeding-schedule"): [
        ("cantonese", "BB 食奶要唔要定時定候？"),
    ],
    zh("unstable-care", "lack-of-security", "consistent-response"): [
        ("written", "照顧時好時壞、毫無規律，對孩子有甚麼影響？"),
    ],
    zh("several-caregivers"): [
        ("cantonese", "屋企有婆婆、工人同我三個湊 BB，點樣保持一致？"),
        ("simplified", "好几个人轮流带孩子，怎样做到一致？"),
    ],
    zh("what-is-security"): [
        ("cantonese", "安全感究竟係咩意思？"),
        ("mixed", "人哋成日講 BB 嘅 security，實際係指咩感覺？"),
    ],
    zh("why-security-matters", P + "why-it-matters"): [
        ("written", "安全感對孩子的成長有多大影響？"),
    ],
    zh("first-year", "erikson", P + "trust-stage"): [
        ("cantonese", "點解出世頭一年建立信任特別重要？"),
        ("cantonese", "由出世到一歲，細路發展嘅重點係乜？"),
    ],
    zh("erikson", "article-references"): [
        ("mixed", "Erik Erikson 將人生分做幾個 stage，佢嘅講法係點？"),
        ("simplified", "心理学家埃里克森关于婴儿信任的观点是怎样的？"),
    ],
    zh("lack-of-security", "unstable-care"): [
        ("cantonese", "如果 BB 得唔到安全感，後果係點？"),
        ("simplified", "缺乏安全感的婴儿长大会怎样？"),
    ],
    zh("build-trust", "why-responding-builds-trust"): [
        ("cantonese", "點樣令 BB 信任我？"),
    ],
    zh("three-methods", P + "three-methods", "what-article-covers"): [
        ("cantonese", "建立安全感有邊三個方法？"),
    ],
    zh("basic-needs", "sleep-schedule", "feeding-schedule"): [
        ("cantonese", "BB 嘅睡眠同營養夠唔夠，同佢有冇安全感有冇關係？"),
    ],
    zh("future-relationships", "affection-later-relationships"): [
        ("written", "嬰兒時期的經歷會影響長大後的人際關係嗎？"),
    ],
    zh("older-toddler"): [
        ("cantonese", "個仔已經三歲，而家先開始建立安全感仲嚟唔嚟得切？"),
    ],
    zh("loving-environment", P + "closing"): [
        ("cantonese", "屋企要係點樣嘅環境先令小朋友覺得安全？"),
    ],
    zh("keep-promises"): [
        ("cantonese", "點解應承咗細路嘅嘢一定要做到？"),
        ("simplified", "为什么对孩子要说到做到？"),
    ],
    zh("avoid-empty-promises"): [
        ("cantonese", "為咗佢唔喊隨口應承佢嘢，得唔得？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("cantonese", "每次我行出房，BB 就大喊，我應該點？"),
    ],
    zh("starting-daycare", "daycare-goodbye"): [
        ("mixed", "個仔九月開始返 nursery，點幫佢有安全感？"),
        ("simplified", "孩子刚上幼儿园，怎样帮他适应、有安全感？"),
    ],
    zh("new-caregiver"): [
        ("cantonese", "屋企啱啱換咗外傭，BB 好唔慣，可以點幫佢？"),
    ],
    zh("confidence-to-explore"): [
        ("cantonese", "點樣令細路有信心去探索周圍？"),
    ],
    zh("clingy-toddler"): [
        ("cantonese", "個女去到邊都要我陪，係咪缺乏安全感？"),
        ("typo", "我個仔好黏人 系咪冇安全感"),
    ],
    zh("feel-protected"): [
        ("cantonese", "想個仔知道有需要時有大人護住佢，可以點做？"),
    ],
    zh("quality-time", "interaction-time"): [
        ("mixed", "同小朋友嘅 quality time 點解咁重要？"),
    ],
    zh("interaction-time", P + "interaction-time"): [
        ("cantonese", "文中講嘅親子互動時間係指啲咩？"),
    ],
    zh("working-parent"): [
        ("cantonese", "我返長工時，仲可以點幫個女建立安全感？"),
        ("simplified", "工作时间太长了还能给孩子安全感吗"),
    ],
    zh("patient-with-problems"): [
        ("cantonese", "小朋友遇到困難，做家長應該點處理？"),
    ],
    zh("respect-feelings"): [
        ("cantonese", "要唔要尊重兩歲細路嘅情緒？"),
    ],
    zh("big-feelings"): [
        ("cantonese", "個仔發爛渣，我應該點回應？"),
        ("simplified", "孩子闹情绪、躺在地上大哭大叫，我该怎么回应？"),
    ],
    zh("child-opinions"): [
        ("cantonese", "小朋友嘅意見應唔應該聽？"),
    ],
    zh("self-esteem"): [
        ("cantonese", "點樣幫細路建立自信同自尊？"),
        ("mixed", "點樣 boost 小朋友嘅 self-worth 同自尊？"),
    ],
    zh(P + "stable-care", "three-methods", "build-trust", "daily-routine"): [
        ("written", "文章所說的穩定可靠照顧，具體應該怎樣做？"),
    ],
}

OUT_OF_SCOPE_THIRD = [
    ("cantonese", "BB 成日打乞嗤，點算？"),
    ("cantonese", "幼稚園應該點揀？"),
    ("written", "孩子幾歲開始學英文最好？"),
    ("cantonese", "BB 幾時開始食固體食物？"),
    ("simplified", "宝宝晚上睡觉总是踢被子怎么办？"),
    ("cantonese", "個仔成日咬手指甲，點算？"),
    ("mixed", "BB 車同 baby carrier 邊樣好啲？"),
    ("simplified", "孩子挑食不吃青菜怎么办？"),
    ("cantonese", "BB 啲衫要用咩洗衫液洗？"),
    ("cantonese", "想請工人姐姐，點揀中介公司？"),
    ("cantonese", "坐飛機嘅時候 BB 耳仔痛點算？"),
    ("cantonese", "放完產假返工，點樣泵奶同儲奶？"),
    ("simplified", "孩子上小学要准备什么文具？"),
    ("cantonese", "個女成日同哥哥打交，點處理？"),
    ("cantonese", "點樣訓練個仔戒片自己去廁所？"),
    ("written", "小朋友學鋼琴幾歲開始最好？"),
    ("cantonese", "買咩玩具畀一歲 BB 玩好？"),
    ("cantonese", "點樣申請在職家庭津貼？"),
    ("cantonese", "託兒所學費一個月大概幾多錢？"),
    ("written", "嬰兒床應該選哪一款？"),
    ("cantonese", "小朋友夜晚發惡夢驚醒，點算？"),
    ("cantonese", "BB 幾多個月識坐？"),
    ("simplified", "孩子怎样才能长高？"),
    ("cantonese", "小朋友幾歲開始畀零用錢好？"),
    ("cantonese", "小朋友講大話應該點教？"),
    ("cantonese", "BB 嘅護照點申請？"),
    ("mixed", "daycare 同 playgroup 有咩分別？"),
    ("cantonese", "幼稚園面試要點準備？"),
    ("cantonese", "湊 BB 要買齊啲咩基本用品？"),
    ("simplified", "婴儿几个月可以开始喝水？"),
    ("simplified", "孩子在学校被同学欺负怎么办？"),
    ("cantonese", "點樣教小朋友自己執玩具？"),
    ("cantonese", "爺爺嫲嫲成日買零食畀個仔食，點算？"),
    ("written", "可以帶嬰兒去電影院看電影嗎？"),
    ("simplified", "孩子是左撇子要不要纠正？"),
    ("cantonese", "孖生 BB 點樣同時餵奶？"),
    ("cantonese", "BB 頭髮好少，正唔正常？"),
    ("written", "小朋友學騎單車有甚麼好方法？"),
    ("cantonese", "BB 出世紙點樣申請？"),
    ("cantonese", "新手爸媽點樣分工做家務？"),
    ("simplified", "孩子怕黑不敢自己睡，怎么办？"),
    ("cantonese", "點樣幫 BB 揀奶粉？"),
    ("cantonese", "小朋友返學遲到會唔會俾老師罰？"),
    ("cantonese", "應承咗帶個仔去迪士尼，門票點買先平？"),
    ("written", "幼兒園的校服在哪裡購買？"),
    ("mixed", "BB 作息表有冇 template 可以 download？"),
    ("cantonese", "一家人去日本旅行，行程點安排好？"),
    ("cantonese", "個仔成日搶其他小朋友玩具，點教好？"),
    ("mixed", "點樣幫 BB 影靚 photo？"),
    ("typo", "bb 成日流口水 系唔系正常"),
]


# A fourth batch (2026-12-05), written before the fourth round of tuning without
# reading the dev failures, to check that changes carry to questions no choice was
# made on: its split is `fresh` (neither `dev` nor `test`); bench/zh_tune.py reports
# it on its own line. Long stories, parents' indirect wording, romanised and mixed
# questions; the out-of-scope ones share the content's words (安全, 信任, 搖, 姐姐,
# 出差, 托兒所, 產假, 承諾) and ask something the content does not cover.
ANSWERABLE_FRESH = {
    zh("respond-to-crying"): [
        ("long", "我個女三個月大，夜晚一喊我老公就話等陣先，唔好咁快過去，到底應唔應該即刻去？"),
        ("simplified", "宝宝一哭我就冲过去，这样反应是不是太快了？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        ("cantonese", "家婆成日話我抱到個孫仔好黐身，一喊就抱真係會慣壞咩？"),
        ("mixed", "我媽話我 over respond，BB 會變得好 demanding，係咪咁？"),
    ],
    zh("consistent-response", "several-caregivers"): [
        ("written", "我和丈夫對孩子哭鬧的處理方法不一樣，這會令孩子混亂嗎？"),
    ],
    zh("consistent-response"): [
        ("cantonese", "我心情好就即刻理佢，攰就由佢，咁樣前後唔一致有冇影響？"),
    ],
    zh("toddler-crying", "big-feelings"): [
        ("cantonese", "個仔三歲，買唔到玩具就喺商場大喊，我應該點回應佢？"),
        ("simplified", "两岁半的孩子动不动就哭闹，家长该怎么回应？"),
        ("simplified", "孩子发脾气大哭大闹的时候我该怎么办？"),
    ],
    zh("leave-to-cry"): [
        ("mixed", "啲人話 let baby cry 一陣佢就會自己 settle，真係好咩？"),
        ("written", "寶寶夜裡醒來哭，不理他讓他自己哭累了再睡，可以嗎？"),
    ],
    zh("why-responding-builds-trust"): [
        ("written", "為甚麼嬰兒的需要得到回應，他就會更信任父母？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("long", "我一個人湊兩個，有時細嗰個喊我真係分身不暇，遲咗先理佢會唔會有陰影？"),
        ("mixed", "我好 tired，唔係每次 BB 喊都即刻 respond 到，會唔會影響佢？"),
    ],
    zh("physical-contact"): [
        ("cantonese", "同 BB 肌膚接觸，攬吓錫吓，真係可以令佢有安全感？"),
        ("simplified", "多抱抱亲亲宝宝对他的安全感有帮助吗？"),
    ],
    zh("cuddle-toddler", "bedtime-separation"): [
        ("cantonese", "個仔三歲仲成日要我攬住先肯瞓，係咪攬得太多？"),
    ],
    zh("rocking"): [
        ("cantonese", "抱住 BB 輕輕咁搖，會唔會幫到佢安定落嚟？"),
        ("simplified", "轻轻摇宝宝能安抚他吗？"),
    ],
    zh("emotional-bond"): [
        ("written", "我想和剛出生的孩子建立深厚的感情，可以從哪裡開始？"),
        ("mixed", "點樣同 newborn build 個 bond？"),
    ],
    zh("dad-bonding"): [
        ("cantonese", "我係爸爸，平時返工好少湊 BB，點樣同佢親近啲？"),
        ("mixed", "daddy 想同 baby 培養感情，有咩可以做？"),
    ],
    zh("affection-later-relationships", "future-relationships"): [
        ("written", "小時候得到足夠的愛，長大後跟別人相處會比較好嗎？"),
    ],
    zh("daycare-goodbye", "starting-daycare"): [
        ("cantonese", "朝早送個女返 nursery，應該點同佢講拜拜先好？"),
        ("simplified", "送孩子去托儿所的时候怎么跟他说再见？"),
    ],
    zh("sneaking-away"): [
        ("cantonese", "趁個仔玩緊玩具靜靜雞走咗，唔俾佢見到，咁做好唔好？"),
        ("mixed", "偷偷 leave 唔同佢 say bye，會唔會比較少喊？"),
    ],
    zh("late-return", "keep-promises"): [
        ("long", "應承咗五點去接個仔，結果塞車遲咗成個鐘，佢好唔開心，點補救？"),
    ],
    zh("parent-travels-for-work"): [
        ("written", "丈夫每個月都要出差一星期，孩子會因此缺乏安全感嗎？"),
        ("mixed", "我老婆成日 business trip，點樣幫個女 cope？"),
    ],
    zh("new-sibling"): [
        ("cantonese", "就快生第二胎，大仔會唔會覺得俾人搶咗爸媽？點幫佢？"),
        ("simplified", "老二出生以后，大宝变得很不安，我们该怎么帮他？"),
    ],
    zh("playgroup-clinging"): [
        ("cantonese", "帶個女去 playgroup，佢全程黐住我唔肯同其他小朋友玩，點算？"),
    ],
    zh("returning-to-work"): [
        ("cantonese", "放完產假就要返工，點樣幫 BB 預備？"),
        ("mixed", "maternity leave 就完，點 prepare BB 我返工？"),
    ],
    zh("attached-to-helper"): [
        ("cantonese", "工人姐姐湊得多，個仔好似同佢親過同我，我應唔應該擔心？"),
        ("mixed", "個女好 attach 個 helper，會唔會同我疏遠？"),
    ],
    zh("bedtime-separation"): [
        ("cantonese", "每晚講完晚安熄燈佢就喊，要我陪到佢瞓著，點算？"),
    ],
    zh("explaining-when-back"): [
        ("written", "出門前要不要跟兩歲的孩子說清楚我幾點回來？"),
        ("cantonese", "出街前使唔使同個仔講我幾時返嚟？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        ("cantonese", "我出差返嚟，個女扮唔見我，唔肯俾我攬，點算好？"),
    ],
    zh("routine-disrupted"): [
        ("written", "剛搬了新家，寶寶的作息全亂了，怎樣讓他重新安定下來？"),
        ("mixed", "去完 holiday 返嚟 BB 個 routine 亂晒，點算？"),
    ],
    zh("two-homes"): [
        ("cantonese", "我哋離咗婚，個仔一半時間喺爸爸度，點樣保持一致？"),
    ],
    zh("prefers-one-parent"): [
        ("cantonese", "個女淨係要媽咪，我做爸爸攬佢佢都推開我，點算？"),
        ("simplified", "孩子只黏妈妈不要爸爸怎么办？"),
    ],
    zh("overnight-away"): [
        ("cantonese", "BB 八個月，放佢喺公公婆婆屋企過夜得唔得？"),
    ],
    zh("distracted-by-phone"): [
        ("cantonese", "陪個仔玩嗰陣我成日碌電話，會唔會有影響？"),
        ("mixed", "同 kids 一齊嗰陣成日睇 phone 係咪唔好？"),
    ],
    zh("daycare-tears-then-fine"): [
        ("cantonese", "老師話我一走佢就唔喊，係咪真係冇事？"),
    ],
    zh("daily-routine", "what-routine-includes"): [
        ("written", "每天固定的生活規律對嬰兒有甚麼好處？"),
    ],
    zh("what-routine-includes"): [
        ("cantonese", "BB 一日嘅作息時間表應該包括啲咩？"),
    ],
    zh("predictability"): [
        ("mixed", "點解 BB 需要 predictable 嘅生活？"),
    ],
    zh("sleep-schedule"): [
        ("cantonese", "定時瞓覺會唔會令 BB 有安全感啲？"),
        ("simplified", "固定睡觉时间对宝宝的安全感有帮助吗？"),
    ],
    zh("feeding-schedule"): [
        ("cantonese", "BB 食奶應該定時定候定係佢想食就餵？"),
    ],
    zh("unstable-care", "lack-of-security"): [
        ("written", "如果照顧孩子的方式時好時壞，對他有甚麼影響？"),
    ],
    zh("several-caregivers"): [
        ("cantonese", "屋企有婆婆、姐姐同我輪流湊 BB，點樣做到一致？"),
    ],
    zh("what-is-security"): [
        ("mixed", "BB 嘅 sense of security 即係咩？"),
        ("written", "嬰兒的安全感具體指的是甚麼？"),
    ],
    zh("why-security-matters"): [
        ("cantonese", "點解話安全感對小朋友咁重要？"),
    ],
    zh("first-year"): [
        ("simplified", "为什么说出生第一年对建立信任最关键？"),
    ],
    zh("erikson"): [
        ("mixed", "Erikson 個理論講咩？同 BB 有咩關係？"),
    ],
    zh("build-trust"): [
        ("cantonese", "點樣令 BB 信任我？"),
    ],
    zh("three-methods"): [
        ("written", "文章提到建立安全感的三個方法是甚麼？"),
    ],
    zh("basic-needs"): [
        ("cantonese", "BB 瞓得唔夠、食得唔飽，會唔會影響佢嘅安全感？"),
    ],
    zh("older-toddler"): [
        ("cantonese", "個仔已經三歲，而家先開始建立安全感會唔會太遲？"),
    ],
    zh("loving-environment"): [
        ("written", "家裡要營造甚麼樣的氣氛，孩子才會感到安全？"),
    ],
    zh("keep-promises"): [
        ("mixed", "應承咗小朋友嘅嘢一定要做到？點解 keep promise 咁重要？"),
    ],
    zh("avoid-empty-promises"): [
        ("cantonese", "為咗佢唔喊，我成日隨口應承買玩具畀佢，其實好唔好？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("cantonese", "我行開去廚房一陣，BB 就即刻喊，點算？"),
        ("simplified", "我一走出房间宝宝就哭，怎么办？"),
    ],
    zh("new-caregiver"): [
        ("cantonese", "下個月換新姐姐，點樣幫 BB 適應？"),
    ],
    zh("confidence-to-explore"): [
        ("mixed", "點樣令 toddler 有 confidence 自己去 explore？"),
    ],
    zh("clingy-toddler"): [
        ("cantonese", "個女兩歲好黐身，行開一步都唔得，係咪冇安全感？"),
        ("mixed", "我個仔超 clingy，係咪 insecure？"),
    ],
    zh("feel-protected"): [
        ("written", "怎樣讓孩子覺得有人保護他？"),
    ],
    zh("quality-time"): [
        ("cantonese", "陪小朋友，時間長短重要定係相處嘅質素重要？"),
    ],
    zh("interaction-time"): [
        ("written", "親子互動時間是指甚麼？要怎樣做？"),
    ],
    zh("working-parent"): [
        ("long", "我朝九晚九返工，得好少時間陪個仔，點樣幫佢建立安全感？"),
    ],
    zh("patient-with-problems", "big-feelings"): [
        ("cantonese", "個仔砌唔到積木就好沮喪，我應該點幫佢？"),
    ],
    zh("respect-feelings"): [
        ("mixed", "toddler 嘅 feelings 要唔要 respect？定係叫佢唔好喊？"),
    ],
    zh("child-opinions"): [
        ("cantonese", "個女兩歲幾好有主見，我應唔應該聽佢意見？"),
    ],
    zh("self-esteem"): [
        ("written", "怎樣幫助孩子建立自信和自尊？"),
    ],
    zh("who-wrote-article"): [
        ("cantonese", "篇安全感文章係邊個作者寫？"),
    ],
    zh("article-references"): [
        ("mixed", "篇 article 有冇 reference？根據咩研究？"),
    ],
}

OUT_OF_SCOPE_FRESH = [
    ("cantonese", "BB 喊到聲都沙晒，要唔要睇醫生？"),
    ("cantonese", "BB 成日打噴嚏係咪敏感？"),
    ("written", "寶寶哭的時候一直拉耳朵，是不是中耳炎？"),
    ("cantonese", "托兒所學費大概幾多錢一個月？"),
    ("mixed", "nursery 嘅 waiting list 要排幾耐？"),
    ("cantonese", "出差去日本帶咩手信返嚟畀個仔好？"),
    ("simplified", "生二胎的产假有多少天？"),
    ("cantonese", "產假完咗點樣申請托兒服務資助？"),
    ("written", "聘請外傭姐姐需要辦甚麼手續？"),
    ("cantonese", "姐姐約滿想轉工，點樣寫推薦信？"),
    ("cantonese", "BB 瞓覺用咩牌子嘅睡袋好？"),
    ("cantonese", "個仔玩手機遊戲上癮，點戒？"),
    ("written", "孩子多大可以自己一個人睡一間房？"),
    ("mixed", "搬屋去新界，有咩好嘅 international school？"),
    ("cantonese", "離婚之後撫養權點樣判？"),
    ("simplified", "孩子跟爷爷奶奶住，户口怎么办？"),
    ("cantonese", "同 BB 搭飛機，佢耳仔痛點算？"),
    ("written", "幼兒玩積木對大腦發展有甚麼好處？"),
    ("cantonese", "個女成日咬指甲，點樣戒？"),
    ("cantonese", "BB 要攬住個公仔先肯瞓，要唔要幫佢戒？"),
    ("mixed", "BB 嘅 vaccination schedule 喺邊度睇？"),
    ("written", "老師說孩子上課不專心，要不要做評估？"),
    ("cantonese", "個仔喺學校打人，老師叫我去見佢，點算？"),
    ("simplified", "孩子挑食只吃肉不吃菜怎么办？"),
    ("cantonese", "爸爸食煙會唔會影響 BB？"),
    ("written", "嬰兒的指甲應該多久剪一次？"),
    ("cantonese", "湊 BB 湊到好攰，邊度可以請到陪月？"),
    ("mixed", "BB 幾個月可以用 walker？"),
    ("cantonese", "個仔講嘢口吃，使唔使擔心？"),
    ("written", "孩子在家說廣東話，上學說英語，會混亂嗎？"),
    ("simplified", "宝宝晚上睡觉出很多汗正常吗？"),
    ("cantonese", "點樣教個女自己着衫？"),
    ("mixed", "有冇推介嘅 app 可以記錄 BB 食奶時間？"),
    ("written", "新生兒黃疸要照燈多久？"),
    ("cantonese", "屋企隻狗會唔會妒忌新 BB？"),
    ("cantonese", "BB 搖頭擰頸唔肯刷牙，點算？"),
    ("written", "搖椅和搖籃哪一種比較安全？"),
    ("written", "嬰兒的汽車安全座椅要向後裝到幾歲？"),
    ("cantonese", "屋企點樣做好安全措施防止 BB 跌親？"),
    ("simplified", "家里的插座怎么做儿童安全防护？"),
    ("mixed", "小朋友嘅 online safety 點教？"),
    ("cantonese", "點教個仔唔好信陌生人，唔好跟人走？"),
    ("typo", "bb 幾時可以食 solid food 呀"),
    ("typo", "個女成日扭計唔肯沖涼 點算好"),
]


# A fifth batch (2026-12-05), written before the fifth round of tuning without
# reading the earlier batches' failures or the test half: at least one question for
# most zh-Hant entries and passages, with long stories, Cantonese, mixed, Simplified
# and typed-in-a-hurry ones, and out-of-scope near misses sharing the content's words
# (喊, 抱, 姐姐, 產假, 出差, 幼稚園, 搬屋, 手機, 陪). Split `fresh`, as batch 4: never chosen on.
ANSWERABLE_FIFTH = {
    zh("respond-to-crying"): [
        ("cantonese", "個 BB 一喊我就即刻衝過去，係咪應該咁快反應？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        (
            "story",
            "我老爺奶奶成日講，BB 喊就由佢喊，唔好一喊就抱，話抱慣咗以後放唔低。"
            "我自己就覺得佢喊一定有原因，每次都想抱。到底係邊個啱？",
        ),
    ],
    zh("leave-to-cry"): [
        ("simplified", "宝宝晚上哭，网上说让他哭十分钟再进去，这样做好吗？"),
    ],
    zh("toddler-crying", "big-feelings", "saying-no"): [
        ("mixed", "我個女三歲，一 say no 就喺地下碌嚟碌去咁喊，我應該點 handle？"),
    ],
    zh("why-responding-builds-trust", "respond-to-crying"): [
        ("written", "為甚麼及時回應嬰兒的哭聲，會令他更信任父母？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        (
            "story",
            "我老公長期返夜班，我一個人湊個六個月大嘅仔，有時佢喊我真係攰到起唔到身，"
            "要等幾分鐘先過去，我好內疚，咁樣會唔會影響佢？",
        ),
    ],
    zh("consistent-response", "several-caregivers"): [
        ("typo", "我同老公對bb嘅反應成日唔同，一個即刻抱一個唔理，要唔要統一啲"),
    ],
    zh("physical-contact", "article:sense-of-security-zh-hant#physical-contact"): [
        ("simplified", "多抱抱宝宝、亲亲他，对他的安全感有没有帮助？"),
    ],
    zh("cuddle-toddler", "clingy-toddler"): [
        ("cantonese", "個仔三歲幾仲成日要人攬，係咪太黐身？"),
    ],
    zh("rocking"): [
        ("mixed", "輕輕 rock 下 BB 哄佢瞓，有冇用㗎？"),
    ],
    zh("emotional-bond", "article:sense-of-security-zh-hant#physical-contact"): [
        ("written", "新手媽媽如何與初生嬰兒建立感情？"),
    ],
    zh("dad-bonding", "working-parent"): [
        ("cantonese", "做爸爸嘅平日返工好少時間，點樣同 BB 親近啲？"),
    ],
    zh(
        "affection-later-relationships",
        "future-relationships",
        "article:sense-of-security-zh-hant#why-it-matters",
    ): [
        ("simplified", "小时候得到父母的爱，长大后跟别人相处会不会好一些？"),
    ],
    zh("daycare-goodbye", "starting-daycare"): [
        ("mixed", "每朝 drop off 去 nursery 應該點同個仔講 bye 先好？"),
    ],
    zh("sneaking-away"): [
        ("cantonese", "趁個女玩緊玩具我就靜靜地走咗去返工，咁做好唔好？"),
    ],
    zh("late-return", "keep-promises"): [
        ("written", "我說好五點去接孩子放學，結果塞車遲了半小時，他很失望，我應該怎樣做？"),
    ],
    zh("parent-travels-for-work"): [
        (
            "story",
            "我老公做 sales 每個月都要飛去內地同東南亞 business trip，一去就一星期，"
            "個仔兩歲，每次佢走咗個仔夜晚就瞓唔好，我哋可以點做幫到佢？",
        ),
    ],
    zh("new-sibling"): [
        ("simplified", "二胎快出生了，老大才三岁，怎么让他不觉得被冷落？"),
    ],
    zh("playgroup-clinging", "confidence-to-explore", "clingy-toddler"): [
        ("cantonese", "帶個仔去 playgroup，佢全程坐喺我大髀度唔肯去同其他小朋友玩，點算？"),
    ],
    zh("returning-to-work"): [
        ("typo", "產假就快放完，bb先四個月大，返工前要點準備"),
    ],
    zh("attached-to-helper"): [
        ("cantonese", "工人姐姐湊大個女，個女跌親第一時間搵姐姐唔搵我，我係咪好失敗？"),
    ],
    zh("bedtime-separation", "crying-when-parent-leaves"): [
        ("written", "每晚我關燈離開房間，兩歲的兒子就大哭，有甚麼辦法？"),
    ],
    zh("explaining-when-back", "daycare-goodbye"): [
        ("mixed", "出門口前要唔要話俾個 toddler 聽我幾點返？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        (
            "story",
            "我去咗日本公幹五日，返到屋企個女望都唔望我，叫佢都唔應，仲推開我，"
            "我好傷心，佢係咪嬲我？",
        ),
    ],
    zh("routine-disrupted"): [
        ("simplified", "刚搬了新家，宝宝作息全乱了，晚上一直醒，怎样让他重新有安全感？"),
    ],
    zh("two-homes"): [
        ("written", "我們離婚後孩子輪流住兩邊，兩個家的規矩不同，會影響他嗎？"),
    ],
    zh("prefers-one-parent", "dad-bonding"): [
        ("cantonese", "個仔淨係要媽咪，我做爸爸一抱佢就喊，點算好？"),
    ],
    zh("overnight-away"): [
        ("mixed", "想 weekend 俾 BB 去嫲嫲度 sleepover 一晚，佢先十個月，OK 嗎？"),
    ],
    zh("distracted-by-phone"): [
        ("typo", "我陪個仔玩嘅時候成日覆whatsapp，會唔會對佢唔好"),
    ],
    zh("daycare-tears-then-fine"): [
        ("cantonese", "老師話我一走個仔就唔喊，仲玩得好開心，佢係咪真係冇事？"),
    ],
    zh("wary-of-new-people"): [
        ("simplified", "孩子见到亲戚就躲在我后面，很怕生，怎么办？"),
    ],
    zh(
        "daily-routine",
        "predictability",
        "what-routine-includes",
        "article:sense-of-security-zh-hant#stable-care",
    ): [
        ("written", "每天固定的作息時間對嬰兒有甚麼好處？"),
    ],
    zh("sleep-schedule"): [
        ("cantonese", "BB 每晚都喺同一個鐘數瞓，會唔會令佢有安全感啲？"),
    ],
    zh("feeding-schedule"): [
        ("mixed", "BB 食奶要唔要 fix 時間，定係佢肚餓先餵？"),
    ],
    zh("unstable-care", "lack-of-security", "article:sense-of-security-zh-hant#trust-stage"): [
        ("written", "如果照顧者時好時壞，嬰兒會受到甚麼影響？"),
    ],
    zh("several-caregivers", "consistent-response"): [
        ("cantonese", "平日婆婆湊，夜晚我湊，週末工人湊，點樣先可以一致？"),
    ],
    zh("what-is-security"): [
        ("simplified", "常听人讲婴儿要有安全感，这个词具体是什么意思？"),
    ],
    zh("erikson", "article:sense-of-security-zh-hant#trust-stage"): [
        ("typo", "艾瑞克遜的發展階段理論是甚麼"),
    ],
    zh("first-year", "article:sense-of-security-zh-hant#trust-stage"): [
        ("cantonese", "人人都話零至一歲係關鍵期，點解第一年特別緊要？"),
    ],
    zh("lack-of-security", "future-relationships"): [
        ("cantonese", "缺乏安全感嘅細路大個咗會變成點？"),
    ],
    zh("older-toddler"): [
        ("mixed", "個女已經三歲，而家先開始 build 安全感會唔會太遲？"),
    ],
    zh("avoid-empty-promises", "keep-promises"): [
        ("cantonese", "我成日為咗個仔唔喊就話買玩具俾佢，之後又冇買，咁樣有冇問題？"),
    ],
    zh("starting-daycare"): [
        ("written", "孩子九月開始上幼稚園，家長可以怎樣幫他適應？"),
    ],
    zh("new-caregiver"): [
        ("cantonese", "舊姐姐約滿返鄉下，新姐姐下個月到，點樣幫個 BB 適應？"),
    ],
    zh("confidence-to-explore", "article:sense-of-security-zh-hant#interaction-time"): [
        ("simplified", "怎么让孩子敢自己去尝试新东西、探索周围？"),
    ],
    zh("quality-time", "working-parent", "interaction-time"): [
        ("mixed", "放工得一個鐘陪個仔，點先算係 quality time？"),
    ],
    zh("patient-with-problems"): [
        ("written", "孩子砌積木砌不好就放棄，父母應該怎樣耐心地幫他？"),
    ],
    zh("big-feelings", "respect-feelings", "toddler-crying"): [
        ("cantonese", "個女嬲起上嚟大叫大喊，我應該點樣回應佢嘅情緒？"),
    ],
    zh("child-opinions"): [
        ("simplified", "两岁孩子想自己选衣服，要听他的吗？"),
    ],
    zh("self-esteem"): [
        ("typo", "點樣幫小朋友建立自信同自尊心"),
    ],
    zh("who-wrote-article"): [
        ("mixed", "呢篇講安全感嘅 article 係邊個寫㗎？"),
    ],
    zh(
        "what-article-covers",
        "article:sense-of-security-zh-hant#three-methods",
        "article:sense-of-security-zh-hant#closing",
    ): [
        ("written", "這篇文章的重點是甚麼？"),
    ],
    zh("three-methods", "article:sense-of-security-zh-hant#three-methods"): [
        ("cantonese", "建立 BB 安全感有邊幾個方法？"),
    ],
    zh("loving-environment", "article:sense-of-security-zh-hant#closing"): [
        ("simplified", "要给孩子一个怎样的家，他才会有安全感？"),
    ],
    zh("feel-protected", "article:sense-of-security-zh-hant#closing"): [
        ("written", "如何令孩子在害怕時知道父母會保護他？"),
    ],
    zh("clingy-toddler", "crying-when-parent-leaves"): [
        (
            "story",
            "個仔兩歲半，最近我去廁所佢都要跟埋入嚟，我一行開佢就喊到好大聲，"
            "屋企人話佢冇安全感，係咪真係咁？",
        ),
    ],
    zh("working-parent"): [
        ("typo", "雙職父母返工返到好夜，點樣俾bb安全感"),
    ],
    zh("crying-when-parent-leaves"): [
        ("mixed", "我一行出 room 個 BB 就喊，正常嗎？"),
    ],
    zh("basic-needs", "article:sense-of-security-zh-hant#trust-stage"): [
        ("cantonese", "個 BB 成日瞓唔夠又食唔飽，同佢有冇安全感有冇關係？"),
    ],
    zh("build-trust", "why-responding-builds-trust"): [
        ("written", "父母可以做些甚麼讓嬰兒信任自己？"),
    ],
    zh("article-references"): [
        ("mixed", "篇文有冇 reference 邊啲研究？"),
    ],
}

OUT_OF_SCOPE_FIFTH = [
    ("cantonese", "寶寶一抱起就吐奶，正常嗎？"),
    ("cantonese", "點揀一間好嘅幼稚園？面試要準備乜？"),
    ("cantonese", "姐姐成日偷懶玩手機唔做家務，點同佢講？"),
    ("cantonese", "公幹要帶埋個仔搭長途機，上機前要準備啲乜？"),
    ("written", "放產假期間公司可以解僱我嗎？"),
    ("cantonese", "兩個仔成日打交搶玩具，點樣教？"),
    ("simplified", "宝宝几个月可以开始吃辅食？"),
    ("mixed", "夏天 BB 房冷氣應該校幾多度先 ok？"),
    ("cantonese", "個仔兩歲半仲用尿片，幾時開始戒片？"),
    ("written", "小朋友幾歲開始學英文比較好？"),
    ("written", "孩子說謊，父母應該怎樣處理？"),
    ("typo", "bb 出牙痛到夜晚成日喊 有咩方法紓緩"),
    ("cantonese", "搬屋要點樣揀校網？"),
    ("cantonese", "個女好鍾意咬指甲，點樣戒？"),
    ("story", "我想轉工但驚冇時間陪小朋友，新工人工高啲但要成日 OT，應該點揀？"),
    ("mixed", "想買 BB 車，邊個 brand 輕身又易摺？"),
    ("simplified", "孩子的零用钱应该给多少？"),
    ("cantonese", "阿仔要睇 iPad 先肯食飯，點算？"),
    ("written", "嬰兒幾個月大可以自己坐？"),
    ("cantonese", "個仔喺學校俾人蝦，唔肯返學，我可以點做？"),
    ("written", "嬰兒床應該放在父母房間還是另一間房？"),
    ("cantonese", "點樣教小朋友執返自己啲玩具？"),
    (
        "story",
        "我個女四歲，幼稚園老師話佢執筆姿勢唔啱，又成日坐唔定，"
        "我好擔心佢升小一跟唔上，使唔使幫佢報補習班？",
    ),
    ("simplified", "宝宝的衣服要用专门的洗衣液洗吗？"),
    ("typo", "bb洗澡水幾多度先啱"),
]


# A sixth batch (2026-12-05), written for round 5 before its changes and halved into
# dev and test like batches 1-3: long stories (a parent's situation told first, the
# question last), the kind the earlier dev halves hardly held, so story-length
# handling can be chosen on dev and checked on test.
ANSWERABLE_SIXTH = {
    zh("respond-to-crying", "why-responding-builds-trust"): [
        (
            "story",
            "我個女啱啱滿月，日頭夜晚都好多喊，我媽話唔好次次都走過去，"
            "但我見佢喊得好慘又唔忍心，其實佢喊嘅時候我應該幾快去睇佢？",
        ),
        (
            "story",
            "我係新手爸爸，老婆叫我 BB 一喊就要即刻去，我想知點解咁重要，對佢長遠有咩影響？",
        ),
    ],
    zh("leave-to-cry", "respond-to-crying"): [
        (
            "story",
            "BB 八個月，每晚都要抱住先瞓，放低就喊，有朋友建議我哋由佢喊一陣，"
            "話喊攰咗自然會瞓，咁樣做會唔會對佢有壞影響？",
        ),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil"): [
        (
            "story",
            "我家婆每次見到我抱 BB 就話我寵壞佢，話以前佢湊仔都係由佢喊，"
            "搞到我而家唔知應唔應該抱，抱多咗真係會寵壞咩？",
        ),
    ],
    zh("meeting-needs-when-exhausted", "respond-to-crying"): [
        (
            "story",
            "我屋企有對孖仔，兩個經常同時喊，我得一對手，成日要一個等另一個，"
            "等嗰個會唔會因此冇安全感？",
        ),
    ],
    zh("toddler-crying", "big-feelings", "saying-no"): [
        (
            "story",
            "個仔兩歲九個月，喺超市唔買糖俾佢就瞓喺地下大喊，周圍啲人望住我，"
            "我好尷尬，呢種時候應該點回應佢？",
        ),
    ],
    zh("consistent-response", "several-caregivers"): [
        (
            "story",
            "我同老公湊女嘅方法好唔同，我比較鬆，佢比較嚴，個女有時好似唔知聽邊個好，"
            "我哋需唔需要一致啲？",
        ),
    ],
    zh("cuddle-toddler", "physical-contact"): [
        (
            "story",
            "女兒三歲，每朝起身第一件事就係要我攬十分鐘先肯落床，老公話佢大個女唔應該咁，"
            "成日攬佢其實好唔好？",
        ),
    ],
    zh("dad-bonding", "prefers-one-parent"): [
        (
            "story",
            "我太太餵母乳，BB 好黐佢，我做爸爸覺得插唔到手，BB 見到我都冇咩反應，"
            "我可以點樣同佢建立關係？",
        ),
    ],
    zh("daycare-goodbye", "sneaking-away", "starting-daycare"): [
        (
            "story",
            "個仔上咗 N 班兩個星期，每朝喺門口都攬實我唔放，老師叫我快啲走，"
            "我應該同佢講清楚再走，定係趁佢唔覺意走咗佢？",
        ),
    ],
    zh("late-return", "keep-promises"): [
        (
            "story",
            "上星期我應承咗個女放學去公園，點知臨時要加班冇去到，佢喊咗成晚，"
            "話我講大話，我應該點樣補救先好？",
        ),
    ],
    zh("parent-travels-for-work", "explaining-when-back"): [
        (
            "story",
            "我份工要成日去外地開會，每次走之前個仔都問我幾時返，返嚟佢又黐到實一實，"
            "我可以點樣令佢冇咁擔心？",
        ),
    ],
    zh("new-sibling"): [
        (
            "story",
            "細佬出世之後，三歲嘅家姐成日扮 BB，又要飲奶樽又要人餵，"
            "仲會趁我唔覺意打細佬，我應該點樣幫佢適應？",
        ),
    ],
    zh("returning-to-work", "new-caregiver"): [
        (
            "story",
            "我下個月就要返工，BB 會交俾新請嘅姐姐湊，我好擔心佢唔慣，"
            "返工前呢幾個星期可以點樣幫佢準備？",
        ),
    ],
    zh("attached-to-helper"): [
        (
            "story",
            "我哋兩個都全職返工，個仔由工人姐姐湊大，佢喊嘅時候淨係要姐姐唔要我，"
            "我好唔開心，會唔會佢同姐姐親過同我？",
        ),
    ],
    zh("bedtime-separation"): [
        (
            "story",
            "個女兩歲半，以前自己瞓得好好，最近每晚講完故事我一熄燈行出房，"
            "佢就喊住叫媽咪，要我坐喺床邊先肯瞓，點算？",
        ),
    ],
    zh("reunion-after-separation"): [
        (
            "story",
            "我住咗一個星期醫院，出院返屋企，個仔對我好冷淡，唔肯俾我抱，"
            "但對住嫲嫲就好正常，我應該點做？",
        ),
    ],
    zh("routine-disrupted"): [
        (
            "story",
            "暑假帶咗 BB 返台灣探親兩個星期，返嚟之後佢瞓覺時間全部亂晒，"
            "又成日喊，點樣幫佢返返正軌？",
        ),
    ],
    zh("two-homes", "consistent-response"): [
        (
            "story",
            "我同前夫分開咗，個女平日同我住，週末去佢爸爸度，兩邊瞓覺時間同規矩都唔同，"
            "我哋可以點做令佢冇咁亂？",
        ),
    ],
    zh("overnight-away"): [
        (
            "story",
            "我同老公想去一次兩日一夜嘅旅行，打算將一歲嘅個仔交俾公公婆婆湊，"
            "佢未試過喺外面過夜，咁樣得唔得？",
        ),
    ],
    zh("distracted-by-phone", "quality-time"): [
        (
            "story",
            "我返工好忙，放工陪個女玩嗰陣都要覆老闆 email，佢成日搶我部電話，咁樣陪佢係咪唔夠？",
        ),
    ],
    zh("wary-of-new-people", "confidence-to-explore"): [
        (
            "story",
            "個仔兩歲，每次去親戚屋企都匿喺我後面，人哋同佢講嘢佢就喊，"
            "喺屋企就好活潑，我可以點樣幫佢？",
        ),
    ],
    zh("daily-routine", "predictability", "what-routine-includes"): [
        (
            "story",
            "我哋屋企生活好唔定時，有時十點食晚飯，BB 有時八點瞓有時十二點先瞓，"
            "朋友話要有固定作息，真係咁重要咩？",
        ),
    ],
    zh("several-caregivers", "consistent-response"): [
        (
            "story",
            "BB 平日喺外婆屋企，晚上返嚟我哋度，外婆同我哋嘅做法好多唔同，"
            "例如外婆一喊就餵，我哋就定時餵，咁樣會唔會搞亂佢？",
        ),
    ],
    zh("older-toddler", "lack-of-security"): [
        (
            "story",
            "個女一歲前主要由鄉下嘅奶奶湊，我哋少見佢，而家佢三歲先返嚟同我哋住，"
            "我好擔心佢冇安全感，而家補救仲嚟唔嚟得切？",
        ),
    ],
    zh("avoid-empty-promises", "keep-promises", "others-break-promises"): [
        (
            "story",
            "我老公為咗個仔唔好喊，成日應承帶佢去迪士尼，但從來冇去過，"
            "個仔而家都唔信佢講嘅嘢，咁樣會有咩影響？",
        ),
    ],
    zh("clingy-toddler", "crying-when-parent-leaves"): [
        (
            "story",
            "囡囡兩歲，我煮飯佢都要扯住我條褲，我一離開佢視線就喊，"
            "其他媽媽話係佢冇安全感，係咪我做錯咗啲嘢？",
        ),
    ],
    zh("working-parent", "quality-time"): [
        (
            "story",
            "我做護士要輪班，有時一個星期得兩日見到個仔，每次見到佢都覺得好內疚，"
            "我可以點樣喺有限時間入面俾佢安全感？",
        ),
    ],
    zh("patient-with-problems", "confidence-to-explore"): [
        (
            "story",
            "個仔學踩單車，跌咗兩次就發脾氣話唔玩，我好想佢堅持，但又唔想迫佢，"
            "應該點樣陪佢面對呢啲困難？",
        ),
    ],
    zh("child-opinions", "respect-feelings", "saying-no"): [
        (
            "story",
            "個女三歲好有主見，食咩著咩都要自己揀，我有時覺得佢揀得唔好，"
            "我應該幾大程度聽佢嘅意見？",
        ),
    ],
    zh("big-feelings", "respect-feelings"): [
        (
            "story",
            "個仔同表哥玩輸咗就大叫大喊掟嘢，我叫佢唔好喊佢就喊得仲勁，"
            "佢咁大情緒嘅時候我應該點做？",
        ),
    ],
    zh("build-trust", "article:sense-of-security-zh-hant#trust-stage"): [
        (
            "story",
            "我啱啱生完第一胎，睇咗好多書都話第一年要同 BB 建立信任，"
            "但實際上日常生活要做啲乜先可以做到？",
        ),
    ],
}

OUT_OF_SCOPE_SIXTH = [
    (
        "story",
        "個仔兩歲，成日喊住要飲奶先肯瞓，飲完又要人抱，醫生話佢牙齒開始蛀，我應該幾時幫佢戒夜奶？",
    ),
    (
        "story",
        "我同老公都返工，想請外傭湊 BB，但唔知應該請有經驗定係新嚟嘅，同埋合約要注意啲乜？",
    ),
    (
        "story",
        "個女三歲，幼稚園開學一個月，成日話同學唔同佢玩，返到屋企好唔開心，"
        "我應唔應該同老師講幫佢換班？",
    ),
    (
        "story",
        "我哋打算下年帶兩個小朋友移民加拿大，個仔五歲個女兩歲，要點樣揀學校同埋準備英文？",
    ),
    (
        "story",
        "BB 六個月，我放完產假返工想繼續餵母乳，公司冇地方泵奶，我可以點同老闆講？",
    ),
    (
        "story",
        "個仔四歲，成日喺屋企跳嚟跳去，樓下投訴好嘈，有咩方法可以令佢靜啲又唔會悶親？",
    ),
    (
        "story",
        "個女兩歲幾，講嘢好遲，得幾個字，同齡嘅小朋友已經識講句子，我應唔應該帶佢去做言語評估？",
    ),
    (
        "story",
        "嫲嫲成日買好多糖同玩具俾個仔，我講過好多次佢都唔聽，"
        "個仔而家唔買就唔肯行，我應該點同嫲嫲溝通？",
    ),
    (
        "story",
        "我老公成日出差，我一個人湊兩個，又要返工，覺得好攰好想喊，有冇咩支援服務可以幫到我？",
    ),
    (
        "story",
        "我哋住唐樓冇冷氣，夏天好熱，BB 成身出晒熱痱，夜晚瞓得好唔安樂，有咩方法幫佢涼快啲？",
    ),
    (
        "story",
        "個仔五歲開始問 BB 係點嚟，又問點解男仔女仔唔同，我應該幾時同點樣同佢講性教育？",
    ),
    (
        "story",
        "我想幫兩歲嘅個女報興趣班，有人話學游水好，有人話學音樂好，呢個年紀學咩最適合？",
    ),
]


# A seventh batch (2026-12-05), written for round 6 before any of its changes, by a
# hand that read neither the test half nor batches 4-5's questions: one question or
# more for most zh-Hant entries and the passages, in written Chinese, Cantonese, mixed
# Chinese-English, Simplified characters with Mainland words (宝宝, 哄, 粘人, 上班), typed
# in a hurry, and long stories; out-of-scope near misses share the content's words
# (sleeping through the night, night feeds, solids, screen time, tablets, custody,
# a room of one's own, passports for a work trip, daycare fees, a helper's contract,
# homework, prams, summer camp). Split `fresh`: measured on main first, never chosen on.
ANSWERABLE_SEVENTH = {
    zh("respond-to-crying", "leave-to-cry"): [
        ("simplified", "宝宝一哭我就得马上过去吗？还是可以先等几分钟"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        ("cantonese", "次次佢喊我都即刻抱，老公話咁樣會教到佢好依賴人，真係會咩？"),
    ],
    zh("consistent-response", "several-caregivers"): [
        ("mixed", "我同老公對 BB 嘅 reaction 好唔同，一個好 strict 一個好 soft，要唔要統一？"),
    ],
    zh("toddler-crying", "big-feelings", "saying-no"): [
        (
            "story",
            "個仔啱啱三歲，每次喺商場唔買玩具俾佢，佢就瞓喺地下碌嚟碌去咁喊，"
            "路人望住我哋好尷尬，我應該點樣回應佢？",
        ),
    ],
    zh("leave-to-cry"): [
        ("simplified", "听说让宝宝哭一阵子能锻炼他独立，这样做对吗？"),
    ],
    zh("why-responding-builds-trust", "future-relationships"): [
        ("written", "為何及時回應嬰兒，他長大後會比較容易信任別人？"),
    ],
    zh("meeting-needs-when-exhausted", "respond-to-crying"): [
        (
            "story",
            "我自己一個人湊 BB，有時沖緊涼或者煮緊飯，BB 喊咗成五分鐘我先趕得切過去，"
            "每次都覺得好內疚，咁會唔會令佢冇安全感？",
        ),
    ],
    zh("physical-contact", P + "physical-contact"): [
        ("mixed", "skin to skin contact 對 newborn 建立安全感真係有用？"),
    ],
    zh("cuddle-toddler", "clingy-toddler"): [
        ("simplified", "孩子三岁了还天天要抱抱，是不是太粘人了？"),
    ],
    zh("rocking"): [
        ("cantonese", "輕輕搖下 BB 氹佢，會唔會養成壞習慣？"),
    ],
    zh("emotional-bond", "physical-contact"): [
        ("written", "除了餵奶和換尿片，我還可以怎樣跟嬰兒培養感情？"),
    ],
    zh("dad-bonding", "working-parent"): [
        ("mixed", "我係 daddy，平日返工返到好夜，點樣同 BB bond 多啲？"),
    ],
    zh("affection-later-relationships", "future-relationships"): [
        ("simplified", "小时候父母多抱抱，孩子长大以后人际关系会更好吗？"),
    ],
    zh("daily-routine", "what-routine-includes", "sleep-schedule", "feeding-schedule"): [
        ("typo", "bb使唔使定時定候食同瞓呀"),
    ],
    zh("predictability", "daily-routine"): [
        ("written", "為甚麼嬰兒喜歡每天的事情按同一個次序發生？"),
    ],
    zh("sleep-schedule", "bedtime-separation"): [
        ("mixed", "每晚同一個時間 bedtime，會唔會令 BB 安心啲？"),
    ],
    zh("feeding-schedule"): [
        ("simplified", "要不要按固定的时间表给宝宝喂奶？"),
    ],
    zh("unstable-care", "lack-of-security", P + "trust-stage"): [
        ("written", "如果照顧者時而親切時而冷淡，孩子會受到甚麼影響？"),
    ],
    zh("several-caregivers", "consistent-response"): [
        ("cantonese", "平日婆婆湊，週末我哋自己湊，兩邊做法唔同，點樣夾好佢？"),
    ],
    zh("what-is-security"): [
        ("mixed", "安全感呢個詞用喺 baby 身上，具體係指咩？"),
    ],
    zh("first-year", "erikson", P + "trust-stage"): [
        ("simplified", "为什么说宝宝出生后的第一年最关键？"),
        ("typo", "erikson個理論講咩"),
    ],
    zh("lack-of-security", "unstable-care"): [
        ("cantonese", "如果細個冇安全感，大個咗會點？"),
    ],
    zh("three-methods", P + "three-methods", "what-article-covers"): [
        ("written", "文章提到哪三個做法？"),
    ],
    zh("basic-needs", "sleep-schedule", "feeding-schedule"): [
        ("mixed", "BB 瞓得夠唔夠、食得飽唔飽，同佢嘅 security 有冇關係？"),
    ],
    zh("older-toddler", "reunion-after-separation"): [
        (
            "story",
            "個女三歲，一歲前係婆婆喺鄉下湊大，我哋最近先接返嚟香港一齊住，"
            "佢對我哋好冷淡，而家先開始建立安全感仲嚟唔嚟得切？",
        ),
    ],
    zh("loving-environment"): [
        ("simplified", "家里要营造怎样的气氛，孩子才会觉得安心？"),
    ],
    zh("keep-promises", "avoid-empty-promises"): [
        ("cantonese", "答應咗個仔嘅嘢，係咪一定要做到？"),
    ],
    zh("avoid-empty-promises", "keep-promises"): [
        ("mixed", "為咗佢唔喊，我成日話聽日買玩具俾佢，其實冇打算買，咁樣 OK 咩？"),
    ],
    zh("crying-when-parent-leaves", "clingy-toddler"): [
        ("simplified", "我去个厕所宝宝都要哭，怎么办？"),
    ],
    zh("starting-daycare", "daycare-goodbye"): [
        (
            "story",
            "下個月個仔開始返 playgroup 之後嘅 N 班，每日三個鐘，佢從來未離開過我，"
            "我好擔心佢唔慣，我可以做啲乜幫佢有安全感？",
        ),
    ],
    zh("new-caregiver"): [
        ("cantonese", "屋企姐姐約滿走，新姐姐下個禮拜到，點幫 BB 適應？"),
    ],
    zh("confidence-to-explore", "wary-of-new-people"): [
        ("written", "怎樣令孩子敢於自己去嘗試和探索新事物？"),
    ],
    zh("clingy-toddler", "crying-when-parent-leaves", "playgroup-clinging"): [
        ("mixed", "我個女好 clingy，我行開一步都唔得，係咪冇 security？"),
    ],
    zh("feel-protected"): [
        ("simplified", "怎样让孩子觉得有人在保护他？"),
    ],
    zh("quality-time", "interaction-time"): [
        ("cantonese", "日日專心陪個仔玩半個鐘，真係有咁大分別咩？"),
    ],
    zh("working-parent"): [
        (
            "story",
            "我同老公都係全職，朝早七點出門，夜晚八點先返到屋企，一日得個半鐘見到個女，"
            "我哋可以點樣幫佢建立安全感？",
        ),
    ],
    zh("patient-with-problems", "big-feelings"): [
        ("written", "孩子砌圖砌不到就發脾氣，我應該替他完成，還是耐心陪他？"),
    ],
    zh("respect-feelings", "wary-of-new-people", "big-feelings"): [
        ("mixed", "佢話驚，我應唔應該 respect 佢嘅 feelings，定係叫佢唔好怕？"),
    ],
    zh("child-opinions"): [
        ("simplified", "两岁孩子自己的想法需要听吗？"),
    ],
    zh("self-esteem", "confidence-to-explore"): [
        ("cantonese", "點樣令細路對自己有信心，覺得自己有價值？"),
    ],
    zh("daycare-goodbye", "sneaking-away"): [
        ("typo", "送佢返托兒所點say bye好"),
    ],
    zh("sneaking-away", "daycare-goodbye"): [
        ("simplified", "趁孩子不注意偷偷走掉，是不是比较好？"),
    ],
    zh("late-return", "keep-promises"): [
        ("cantonese", "話咗五點接佢，塞車遲咗半個鐘，佢喊到崩潰，之後點補救？"),
    ],
    zh("parent-travels-for-work", "explaining-when-back"): [
        ("mixed", "老公要 business trip 兩個禮拜，點樣令個仔唔好咁不安？"),
    ],
    zh("new-sibling"): [
        (
            "story",
            "我懷緊第二胎，大女兩歲半，最近佢成日話唔要細佬，又黐住我唔放，我可以點幫佢準備？",
        ),
    ],
    zh("returning-to-work"): [
        ("simplified", "产假快结束了，回去上班前怎么帮宝宝适应？"),
    ],
    zh("attached-to-helper", "prefers-one-parent"): [
        ("cantonese", "個仔同工人姐姐好 close，我放工返嚟佢都唔使我，會唔會同我疏遠？"),
    ],
    zh("bedtime-separation", "sleep-schedule"): [
        ("written", "每晚關燈說晚安，兩歲的女兒就大哭，怎麼辦？"),
    ],
    zh("explaining-when-back"): [
        ("mixed", "出門前要唔要同 toddler explain 我幾點返？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        (
            "story",
            "我去咗外地公幹五日，返到屋企個仔望都唔望我，仲推開我，係咪嬲咗我？我應該點做？",
        ),
    ],
    zh("routine-disrupted"): [
        ("simplified", "搬家以后宝宝作息全乱了，怎么让他重新有安全感？"),
    ],
    zh("two-homes", "several-caregivers"): [
        ("written", "父母分開後孩子兩邊住，作息應該如何協調？"),
    ],
    zh("prefers-one-parent", "dad-bonding"): [
        ("cantonese", "個女淨係要阿媽，我做爸爸點先可以親近佢？"),
    ],
    zh("overnight-away"): [
        ("mixed", "想 weekend 將 BB 放喺外婆度 overnight，會唔會影響佢？"),
    ],
    zh("distracted-by-phone"): [
        ("typo", "陪仔嗰陣成日睇手機 有冇問題"),
    ],
    zh("daycare-tears-then-fine"): [
        ("cantonese", "每朝放低個女喺托兒所，姑娘話我行咗冇耐佢就收聲照玩，佢係咪扮冇事？"),
    ],
    zh("wary-of-new-people"): [
        ("simplified", "孩子见到生人就躲到我身后，怎么帮他？"),
    ],
    zh("after-losing-temper"): [
        (
            "story",
            "今朝趕返工，個仔唔肯著鞋，我好大聲鬧咗佢，佢喊到好驚，我之後好後悔，"
            "咁樣會唔會破壞佢對我嘅信任？",
        ),
    ],
    zh("saying-no"): [
        ("mixed", "同 toddler say no，會唔會影響佢嘅安全感？"),
    ],
    zh("others-break-promises"): [
        ("cantonese", "佢爸爸成日話帶個仔去公園又唔去，我可以點做？"),
    ],
    zh("who-wrote-article"): [
        ("simplified", "这篇讲安全感的文章是哪位心理学家写的？"),
    ],
    zh("article-references", "erikson"): [
        ("mixed", "呢篇文引用咗邊個學者嘅 theory？"),
    ],
    zh("why-security-matters", "future-relationships", P + "why-it-matters"): [
        ("written", "安全感對孩子將來的自我價值有何影響？"),
    ],
    zh("three-methods", P + "stable-care", "daily-routine"): [
        ("written", "文中第一個方法，具體要怎樣做？"),
    ],
    zh("what-article-covers", P + "closing"): [
        ("cantonese", "篇文章最尾總結咗啲咩？"),
    ],
}

OUT_OF_SCOPE_SEVENTH = [
    ("simplified", "怎么训练宝宝一觉睡到天亮？"),
    ("cantonese", "BB 夜晚醒幾多次先算正常？"),
    ("mixed", "幾時可以幫 BB 戒夜奶？"),
    ("written", "母乳餵養建議持續到幾歲？"),
    ("cantonese", "三個月 BB 一餐飲幾多安士奶先夠？"),
    ("simplified", "宝宝不肯吃辅食怎么办？"),
    ("mixed", "兩歲細路每日 screen time 最多幾耐？"),
    ("written", "三歲孩子可以自己用平板看卡通嗎？"),
    ("cantonese", "個仔成日搶我部手機打機，點樣戒佢？"),
    ("written", "父母離婚後，孩子的撫養權怎樣決定？"),
    ("simplified", "宝宝几岁可以自己睡一个房间？"),
    ("cantonese", "我下個月出差要帶埋 BB，佢本護照點申請？"),
    ("mixed", "香港 daycare 一個月學費大概幾錢？"),
    (
        "story",
        "我放完產假返工，公司話要我轉部門，人工仲減咗，咁樣合唔合法？我可以去邊度投訴？",
    ),
    ("written", "外傭合約到期，續約要辦甚麼手續？"),
    (
        "story",
        "個女三歲啱啱返幼稚園，每日帶返好多功課，仲要默書，佢做到好夜，我應唔應該幫佢請補習？",
    ),
    (
        "story",
        "BB 四個月，我想揀部嬰兒車，要輕身又方便上落巴士，有冇邊個牌子推介？",
    ),
    ("cantonese", "搖籃同 BB 床邊樣好啲？"),
    ("mixed", "toddler 幾歲應該識 count 一至十？"),
    ("simplified", "香港有没有晚上也开的托儿服务？"),
    ("typo", "個仔唔肯刷牙點算"),
    ("cantonese", "暑假想送個仔去外國夏令營兩個禮拜，佢幾多歲先適合自己去？"),
]


# An eighth batch (2026-12-05), written for round 6 after batch 7 was measured and
# before any tuning of the round, halved into dev and test like batches 1-3 and 6:
# dev's questions had mostly been read while alternates and groups were written, so
# it sat higher than unseen questions; these were not. Many long stories (a setting
# first, the question last), written Chinese and Simplified with Mainland wording,
# and out-of-scope stories and questions sharing the content's words.
ANSWERABLE_EIGHTH = {
    zh(
        "respond-to-crying",
        "why-responding-builds-trust",
        "spoil-by-responding",
        "grandparents-say-cuddles-spoil",
    ): [
        (
            "story",
            "BB 兩個月大，我老公覺得佢一喊就抱會令佢以後唔識自己停，"
            "我就覺得佢咁細應該有求必應，究竟我哋邊個啱？",
        ),
        ("written", "新生嬰兒啼哭時，父母是否應盡快前往安撫？"),
    ],
    zh("leave-to-cry", "respond-to-crying"): [
        (
            "story",
            "宝宝七个月，晚上醒来就哭，婆婆说不要理他，哭几次就习惯了，"
            "可是我听着很难受，这样放着他哭真的好吗？",
        ),
    ],
    zh("meeting-needs-when-exhausted"): [
        (
            "story",
            "我自己湊一對雙胞胎，老公日日返到好夜，兩個一齊喊嘅時候我真係顧唔切，"
            "成日覺得自己做得唔夠好，咁樣會唔會影響佢哋嘅安全感？",
        ),
    ],
    zh("toddler-crying", "big-feelings"): [
        ("written", "三歲孩子一不順心便大哭大鬧，家長應如何應對？"),
        ("simplified", "孩子两岁多，一点小事就哭个不停，我该怎么回应他？"),
    ],
    zh("physical-contact", "emotional-bond", P + "physical-contact"): [
        ("written", "多擁抱和親吻嬰兒，對建立親子連結有何作用？"),
    ],
    zh("dad-bonding", "prefers-one-parent"): [
        (
            "story",
            "我係爸爸，平日返工得夜晚見到個女，佢一見我抱佢就喊住搵媽媽，"
            "我有啲灰心，我可以點樣同佢親近啲？",
        ),
    ],
    zh("clingy-toddler", "crying-when-parent-leaves"): [
        (
            "story",
            "女儿快两岁，我走到哪里她就跟到哪里，连我去洗澡都要在门口哭，"
            "家里人说她太粘人是被我惯的，这是没有安全感吗？",
        ),
    ],
    zh("starting-daycare", "daycare-goodbye", "daycare-tears-then-fine"): [
        (
            "story",
            "個仔啱啱返咗 K1 一個禮拜，每朝喺校門口都喊到好慘，老師叫我放低佢就走，"
            "我應該點做先可以幫佢適應？",
        ),
    ],
    zh("sneaking-away", "daycare-goodbye"): [
        (
            "story",
            "每次我出門返工個仔都喊，婆婆教我趁佢睇電視嗰陣靜靜雞走，"
            "佢係冇喊到，但之後佢成日望住門口，咁樣做係咪好？",
        ),
    ],
    zh("late-return", "keep-promises"): [
        (
            "story",
            "我答應咗個女今晚陪佢砌積木，點知公司臨時要開會，返到屋企佢已經瞓咗，"
            "第二朝佢話我呃佢，我應該點補救？",
        ),
    ],
    zh("keep-promises", "avoid-empty-promises", P + "closing"): [
        ("written", "照顧者為何不應向孩子作出無法兌現的承諾？"),
    ],
    zh("new-sibling"): [
        (
            "story",
            "細佬出世之後，個女三歲成日扮 BB 要飲奶樽，又唔肯自己食飯，"
            "我同老公都好忙，可以點樣令佢覺得我哋仲係一樣咁錫佢？",
        ),
    ],
    zh("returning-to-work", "new-caregiver"): [
        (
            "story",
            "产假还有一个月就结束了，宝宝到时候要交给新请的阿姨带，"
            "我很担心他不习惯，这一个月我可以做些什么准备？",
        ),
    ],
    zh("attached-to-helper", "prefers-one-parent"): [
        (
            "story",
            "屋企個姐姐湊咗個仔兩年，佢跌親或者唔開心都淨係搵姐姐，"
            "我同老公放工返嚟佢都唔係好理，我哋係咪做錯咗啲咩？",
        ),
    ],
    zh("reunion-after-separation"): [
        ("written", "出差回家後，幼兒對我冷淡甚至發脾氣，我應如何回應？"),
    ],
    zh("routine-disrupted"): [
        (
            "story",
            "我哋啱啱由英國搬返香港，時差加上新屋，BB 瞓覺食奶全部亂晒，"
            "日頭又特別黐人，我可以點樣幫佢重新穩定落嚟？",
        ),
    ],
    zh("two-homes", "several-caregivers"): [
        ("simplified", "离婚后孩子周末住爸爸那边，两边规矩不一样，会影响他的安全感吗？"),
    ],
    zh("overnight-away"): [
        (
            "story",
            "我哋下個月要去朋友婚禮，要喺外面過一晚，打算將八個月大嘅 BB 放喺奶奶屋企，"
            "佢從來未離開過我哋過夜，要注意啲咩？",
        ),
    ],
    zh("distracted-by-phone", "quality-time"): [
        (
            "story",
            "我放工返屋企都要覆好多工作訊息，個仔成日拉住我隻手叫我陪佢玩，"
            "我人係喺佢身邊，但係咪其實都唔算陪緊佢？",
        ),
    ],
    zh("after-losing-temper"): [
        ("simplified", "昨天我对孩子大吼了一顿，他吓得一直哭，这样会伤害他的安全感吗？"),
    ],
    zh("saying-no", "respect-feelings"): [
        (
            "story",
            "個仔兩歲半，想要咩都要即刻有，我唔俾佢就喊，屋企人話我應該順住佢，"
            "我又覺得要有規矩，拒絕佢會唔會令佢冇安全感？",
        ),
    ],
    zh("wary-of-new-people", "confidence-to-explore"): [
        ("written", "孩子到了新環境便躲在父母身後，不肯與人接觸，應如何幫助他？"),
    ],
    zh("working-parent", "quality-time"): [
        ("simplified", "我和老公都是双职工，每天只有晚上一两个小时陪孩子，怎样让他有安全感？"),
    ],
    zh("patient-with-problems", "big-feelings"): [
        (
            "story",
            "個女四歲學踩單車，跌咗幾次就嬲到掟低架車話唔玩，"
            "我應該逼佢繼續定係由佢？我可以點樣幫佢面對困難？",
        ),
    ],
    zh("self-esteem", "respect-feelings", "child-opinions", P + "interaction-time"): [
        ("written", "尊重孩子的感受和想法，對他的自尊有何幫助？"),
    ],
    zh("daily-routine", "predictability", "what-routine-includes"): [
        ("written", "為嬰兒訂立固定的日常作息，有甚麼好處？"),
    ],
    zh("unstable-care", "lack-of-security", P + "trust-stage"): [
        ("simplified", "如果孩子小时候经常被忽视或拒绝，会对他有什么影响？"),
    ],
    zh("older-toddler"): [
        (
            "story",
            "個仔頭兩年都係喺內地俾爺爺嫲嫲湊，今年三歲先接返嚟同我哋住，"
            "佢好少同我哋親近，而家先開始建立安全感仲得唔得？",
        ),
    ],
    zh("what-article-covers", P + "closing", "three-methods"): [
        ("simplified", "能简单说说这篇文章的重点吗？"),
    ],
}

OUT_OF_SCOPE_EIGHTH = [
    (
        "story",
        "BB 五個月，成日喊完之後打好多嗝，有時仲會吐奶，我想知食完奶應該點樣幫佢掃風？",
    ),
    (
        "story",
        "个仔三岁，每晚都要我陪着睡，我想让他学会自己睡小床，应该从几岁开始分床，要准备什么？",
    ),
    (
        "story",
        "屋企姐姐下個月約滿，我想請一個識講廣東話嘅姐姐，應該經中介定係自己搵，邊個方法平啲？",
    ),
    (
        "story",
        "我哋返工時間好長，想搵間全日制托兒所，但係好多都要排隊，"
        "請問點樣可以快啲排到位，申請要準備咩文件？",
    ),
    (
        "story",
        "個女兩歲，好鍾意睇手機入面嘅卡通，唔俾佢睇就喊，我想知兩歲細路一日睇幾耐屏幕先算安全？",
    ),
    (
        "story",
        "老公下個月要去美國出差一個月，我一個人湊 BB，"
        "想問香港有冇政府或者社福機構提供臨時託兒服務？",
    ),
    ("written", "嬰兒出牙期間哭鬧不止，可以用甚麼方法紓緩牙肉痛？"),
    ("written", "幼兒每天應該喝多少毫升牛奶？"),
    ("written", "孩子在幼稚園被同學推倒，應否要求學校處理？"),
    ("simplified", "宝宝晚上总是趴着睡，会不会有危险？"),
    ("simplified", "孩子两岁还不会说话，要去哪里做评估？"),
    ("simplified", "怎么给宝宝选合适的安抚奶嘴？"),
    ("cantonese", "個仔成日攞筆喺屋企啲牆度亂畫，點樣教佢？"),
    ("cantonese", "BB 幾個月大先可以坐飛機去旅行？"),
    ("mixed", "有冇 recommend 適合兩歲細路嘅 board game？"),
    ("mixed", "toddler 幾歲先可以自己一個 sleep over 喺朋友屋企？"),
]

# A ninth batch (2026-12-05), written for round 7 before any run of the round, by a
# hand that read neither the test half nor the earlier batches' questions (only this
# file's format), halved into dev and test like batches 6 and 8: one question or two
# for most zh-Hant entries and the passages' topics, in long Cantonese stories,
# written Chinese, Simplified with Mainland words (娃, 婆婆, 阿姨, 入园, 咋办),
# mixed Chinese-English and hurried typing; and near misses on sleep, feeding,
# illness, schooling and money sharing the content's words (喊, 哭, 保姆, 產假, 搬).
ANSWERABLE_NINTH = {
    zh("respond-to-crying", "why-responding-builds-trust"): [
        (
            "story",
            "我個女啱啱滿月，日頭得我一個人湊，佢一喊我就好緊張衝過去，"
            "但係有朋友話唔使咁快，等多陣都得。其實佢喊嘅時候我應該幾快去到佢身邊？",
        ),
        ("simplified", "宝宝一哭我就马上过去，这样对吗？到底要多快回应？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        (
            "simplified",
            "婆婆天天说娃一哭就抱会惯坏，让我别老抱着，可我看着娃哭又心疼，抱多了真的会惯坏吗？",
        ),
        ("cantonese", "奶奶成日話我攬 BB 攬得太多會縱壞佢，係咪真㗎？"),
    ],
    zh("consistent-response", "several-caregivers"): [
        (
            "mixed",
            "我同老公對 BB 嘅 reaction 好唔同，一個即刻抱一個由佢喊，咁樣 inconsistent 有冇問題？",
        ),
        ("typo", "回應bb要唔要次次都一樣"),
    ],
    zh("toddler-crying", "big-feelings"): [
        (
            "story",
            "個仔兩歲零三個月，近排玩具攞唔到、鞋著唔落都喊到好大聲，我有時好攰就叫佢唔好再喊，"
            "咁樣啱唔啱？我應該點樣回應佢？",
        ),
        ("simplified", "两岁半的娃动不动就哭闹，当妈的该怎么回应他？"),
    ],
    zh("leave-to-cry", "respond-to-crying"): [
        ("mixed", "婆婆叫我 let him cry 一陣先去抱，咁樣會唔會好啲？"),
        ("simplified", "网上说让宝宝哭一会儿再哄能练独立，要不要让他自己哭？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        (
            "story",
            "我有兩個仔，細嗰個喊嘅時候我成日喺度幫大嗰個沖涼，冇辦法次次即刻過去，"
            "我覺得好內疚，咁會唔會影響佢？",
        ),
        ("written", "若家長未能每次都即時回應嬰兒，會否影響其安全感？"),
    ],
    zh("physical-contact", "emotional-bond") + (P + "physical-contact",): [
        ("simplified", "多抱抱、亲亲宝宝，对他的安全感真的有帮助吗？"),
        ("cantonese", "攬吓錫吓 BB 有咩用㗎？"),
    ],
    zh("cuddle-toddler", "physical-contact"): [
        ("mixed", "個仔三歲喇仲成日要我 hug 佢，咁大個仲攬係咪唔好？"),
    ],
    zh("rocking", "physical-contact"): [
        ("typo", "搖吓bb氹佢 有冇幫助"),
        ("simplified", "轻轻摇着宝宝哄他，对建立安全感有好处吗？"),
    ],
    zh("dad-bonding", "emotional-bond", "prefers-one-parent"): [
        (
            "story",
            "我係新手爸爸，老婆餵母乳，BB 好似淨係要佢，我返工又忙，"
            "放工返嚟可以做啲咩同個女親近啲？",
        ),
        ("simplified", "当爸爸的怎么跟刚出生的娃培养感情？"),
    ],
    zh("affection-later-relationships", "future-relationships") + (P + "physical-contact",): [
        ("written", "幼時得到足夠的擁抱和親吻，對孩子長大後與人相處有沒有影響？"),
    ],
    zh("what-is-security"): [
        ("mixed", "大家成日講嘅「安全感」，對 baby 嚟講即係咩 concept？"),
        ("simplified", "宝宝的安全感到底指的是什么？"),
    ],
    zh("why-security-matters") + (P + "why-it-matters",): [
        ("cantonese", "點解 BB 有冇安全感咁緊要？"),
    ],
    zh("first-year", "erikson") + (P + "trust-stage",): [
        ("written", "艾瑞克森認為嬰兒出生後第一年的發展重點是甚麼？"),
        ("mixed", "Erikson 個 theory 講乜嘢？同 BB 有咩關係？"),
    ],
    zh("lack-of-security", "unstable-care") + (P + "trust-stage",): [
        (
            "story",
            "我们之前工作忙，娃一岁前换了三个阿姨带，有时候哭了也没人理，"
            "现在担心她是不是没有安全感，以后会有什么影响？",
        ),
        ("cantonese", "如果 BB 冇安全感，大個咗會點？"),
    ],
    zh("build-trust", "three-methods") + (P + "three-methods",): [
        ("typo", "點樣同bb建立信任 有咩方法"),
        ("simplified", "给孩子安全感有哪几个方法？"),
    ],
    zh("basic-needs") + (P + "trust-stage",): [
        ("written", "嬰兒睡得不足、吃得不好，會否影響他的安全感？"),
    ],
    zh("future-relationships", "affection-later-relationships") + (P + "trust-stage",): [
        ("simplified", "小时候的经历会不会影响孩子长大以后交朋友、谈恋爱？"),
    ],
    zh("older-toddler"): [
        (
            "story",
            "我個女而家三歲，佢細個嗰陣我返咗大陸做嘢，一年先見佢幾次，"
            "而家返嚟香港同佢一齊住，仲嚟唔嚟得切幫佢建立安全感？",
        ),
        ("mixed", "toddler 已經三歲先開始做，仲 work 唔 work？"),
    ],
    zh("loving-environment") + (P + "closing",): [
        ("written", "怎樣的家庭氣氛才能令孩子覺得安全？"),
    ],
    zh("daily-routine", "what-routine-includes") + (P + "stable-care",): [
        ("simplified", "给宝宝定作息规律有什么好处？"),
        ("cantonese", "BB 每日嘅作息要包啲乜？"),
    ],
    zh("predictability", "daily-routine"): [
        ("mixed", "點解 BB 需要 predictable 嘅生活？"),
    ],
    zh("sleep-schedule", "daily-routine"): [
        ("typo", "定時瞓覺會唔會令bb安全感多啲"),
    ],
    zh("feeding-schedule"): [
        ("simplified", "宝宝喂奶要不要定时定点？"),
    ],
    zh("several-caregivers", "consistent-response"): [
        (
            "story",
            "我哋屋企日頭姐姐湊，夜晚我同老公湊，週末就返婆婆度，每個人做法都唔同，"
            "食飯瞓覺時間亂晒，點樣先可以一致啲？",
        ),
    ],
    zh("keep-promises", "avoid-empty-promises") + (P + "closing",): [
        ("simplified", "答应孩子的事情做不到，会影响他对我的信任吗？"),
        ("cantonese", "我成日氹個仔話聽日帶佢去公園，結果又冇去，咁樣係咪唔好？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("mixed", "我一行開去 toilet BB 就喊到好淒涼，點算？"),
        ("simplified", "我一走开去厨房，娃就哭得撕心裂肺，该咋办？"),
    ],
    zh("starting-daycare", "daycare-goodbye"): [
        (
            "simplified",
            "娃下个月要上幼儿园了，听说很多孩子入园都会哭很久，我们在家可以提前做些什么让她有安全感？",
        ),
        ("cantonese", "每朝送個仔返 N 班佢都拉住我唔俾走，我應該點同佢講拜拜？"),
    ],
    zh("sneaking-away", "daycare-goodbye"): [
        ("mixed", "趁佢玩緊 toys 嗰陣靜靜雞走咗，咁樣 OK 嗎？"),
    ],
    zh("late-return"): [
        (
            "story",
            "我應承咗個女六點去接佢放學，點知塞車遲咗半個鐘，佢見到我喊到收唔到聲，"
            "我之後應該點做先可以補救？",
        ),
    ],
    zh("parent-travels-for-work"): [
        ("simplified", "老公经常出差，一走就是一两周，怎么让孩子保持安全感？"),
    ],
    zh("new-sibling"): [
        (
            "story",
            "我肚入面有第二胎，個大仔啱啱兩歲，好驚細佬出世之後佢會覺得冇人錫佢，我可以點幫佢？",
        ),
    ],
    zh("playgroup-clinging", "clingy-toddler"): [
        ("mixed", "去 playgroup 佢成堂黐住我，其他小朋友玩得好開心佢都唔肯去，點幫佢？"),
    ],
    zh("returning-to-work", "working-parent"): [
        ("simplified", "产假快休完了，要回去上班，怎么让宝宝提前做好准备？"),
    ],
    zh("attached-to-helper", "prefers-one-parent"): [
        ("cantonese", "個女成日要工人姐姐唔要我，我係咪做錯咗啲乜？"),
    ],
    zh("bedtime-separation", "crying-when-parent-leaves"): [
        (
            "story",
            "個仔兩歲，每晚熄燈我講完 good night 行出房，佢就喊到好大聲叫媽咪，我應該點做？",
        ),
    ],
    zh("explaining-when-back"): [
        ("written", "出門前，應否向幼兒說明自己何時回來？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        ("simplified", "出差回来，孩子见到我不理不睬还发脾气，我该怎么做？"),
    ],
    zh("routine-disrupted"): [
        ("mixed", "下個月搬屋，BB 嘅 routine 一定會亂晒，點樣 keep 到佢有安全感？"),
    ],
    zh("two-homes"): [
        (
            "written",
            "我與前夫已經分開，孩子平日住我這邊，週末到他那邊，兩邊的作息完全不同，"
            "我們應如何讓照顧保持一致？",
        ),
    ],
    zh("prefers-one-parent", "dad-bonding"): [
        ("simplified", "孩子只黏妈妈，爸爸一抱就哭，当爸爸的怎么跟他亲近？"),
    ],
    zh("overnight-away"): [
        ("cantonese", "我哋兩公婆想去 staycation 一晚，留 BB 喺爺爺嫲嫲度瞓得唔得？"),
    ],
    zh("distracted-by-phone", "quality-time"): [
        (
            "story",
            "我放工返到屋企好攰，成日一邊陪個女玩一邊覆 WhatsApp，佢叫我我都係嗯嗯聲，"
            "咁樣會唔會影響佢？",
        ),
    ],
    zh("daycare-tears-then-fine"): [
        ("mixed", "老師話我走咗之後佢喊兩分鐘就 OK，係咪真係冇事？"),
    ],
    zh("wary-of-new-people"): [
        ("simplified", "孩子见到生人就躲到我身后，怎么让他有安全感？"),
    ],
    zh("after-losing-temper"): [
        ("cantonese", "尋日我好嬲鬧咗個仔，佢喊到好驚，會唔會令佢冇安全感？"),
    ],
    zh("saying-no"): [
        ("mixed", "同 toddler set rules 講「唔得」，會唔會影響佢安全感？"),
    ],
    zh("others-break-promises"): [
        (
            "story",
            "個仔佢爸爸成日應承帶佢去玩，到時又話要開會，個仔次次都好失望，我可以做啲乜？",
        ),
    ],
    zh("quality-time", "interaction-time") + (P + "interaction-time",): [
        ("simplified", "每天跟孩子的亲子时间应该怎么安排，有什么作用？"),
    ],
    zh("working-parent"): [
        ("written", "雙職父母工時長，怎樣仍能給孩子安全感？"),
    ],
    zh("patient-with-problems") + (P + "interaction-time",): [
        ("cantonese", "個女砌唔到積木就好燥，我應該點幫佢？"),
    ],
    zh("respect-feelings", "child-opinions") + (P + "interaction-time",): [
        ("mixed", "要唔要 respect toddler 嘅 feelings 同意見？"),
    ],
    zh("self-esteem") + (P + "interaction-time",): [
        ("simplified", "怎么培养孩子的自尊心？"),
    ],
    zh("confidence-to-explore") + (P + "interaction-time", P + "closing"): [
        ("cantonese", "點樣令個仔夠膽自己去探索周圍？"),
    ],
    zh("clingy-toddler"): [
        ("simplified", "两岁娃特别粘人，是不是缺乏安全感？"),
    ],
    zh("feel-protected") + (P + "closing",): [
        ("written", "父母如何讓孩子在需要時感到受保護？"),
    ],
    zh("who-wrote-article"): [
        ("mixed", "篇安全感 article 係邊個寫？"),
    ],
    zh("article-references"): [
        ("simplified", "这篇文章引用了哪些研究？"),
    ],
    zh("what-article-covers"): [
        ("cantonese", "嗰篇講安全感嘅文章大致講咗啲乜嘢？"),
    ],
    zh("new-caregiver"): [
        (
            "simplified",
            "家里阿姨下个月要回老家，要换新保姆，宝宝才十个月，怎么帮他适应？",
        ),
    ],
    zh("big-feelings"): [
        ("typo", "個女發脾氣扭計 點應對"),
    ],
}

OUT_OF_SCOPE_NINTH = [
    (
        "story",
        "BB 八個月，之前瞓得好好，最近半夜醒三四次，每次都要食奶先肯瞓返，係咪要戒夜奶？幾時戒好？",
    ),
    ("simplified", "宝宝几个月可以开始添加辅食，先吃米粉还是蔬菜泥？"),
    ("mixed", "BB 出牙痛到喊，有冇咩 teething gel 推介？"),
    ("simplified", "孩子发烧到三十八度五，晚上一直哭闹，要不要马上去医院？"),
    ("cantonese", "K1 面試要準備啲乜？個仔好怕醜，驚佢答唔到"),
    ("cantonese", "湊一個細路由出世到讀完大學大概要使幾多錢？"),
    ("simplified", "给孩子买教育保险划算吗？"),
    ("mixed", "BB 嘅 stroller 應該揀邊隻牌子？"),
    ("written", "幼兒每天應喝多少毫升牛奶？"),
    (
        "story",
        "我家老大上小学一年级，每天写作业都要磨蹭到十点，我一催他就哭，怎么提高效率？",
    ),
    ("cantonese", "個女三歲仲要用尿片，點樣訓練佢自己去廁所？"),
    ("mixed", "幾時可以俾 toddler 用 iPad？每日幾耐 screen time 先啱？"),
    ("written", "嬰兒配方奶粉應該如何選擇？"),
    (
        "story",
        "我哋諗緊俾個仔讀國際學校定本地學校，佢而家 K2，兩邊學費差好遠，點揀好？",
    ),
    ("simplified", "双职工家庭请个保姆一个月大概要多少钱？"),
    ("typo", "bb 瞓覺打鼻鼾 正常嗎"),
    ("mixed", "產假完咗想申請 part-time，公司有冇義務批？"),
    ("cantonese", "個仔好鍾意咬人，喺學校咬咗同學，老師投訴，點教佢？"),
    ("simplified", "宝宝晚上几点睡觉最合适？每天要睡多少个小时？"),
    (
        "story",
        "我哋下年想搬去英國，個女四歲，佢嘅廣東話會唔會唔記得？要點樣保持佢講中文？",
    ),
    ("written", "兒童幾歲開始學游泳較為合適？"),
]


def rows() -> list[dict]:
    return (
        batch(ANSWERABLE, OUT_OF_SCOPE, 1)
        + batch(ANSWERABLE_MORE, OUT_OF_SCOPE_MORE, 2)
        + batch(ANSWERABLE_THIRD, OUT_OF_SCOPE_THIRD, 3)
        + batch(ANSWERABLE_FRESH, OUT_OF_SCOPE_FRESH, 4, split="fresh")
        + batch(ANSWERABLE_FIFTH, OUT_OF_SCOPE_FIFTH, 5, split="fresh")
        + batch(ANSWERABLE_SIXTH, OUT_OF_SCOPE_SIXTH, 6)
        + batch(ANSWERABLE_SEVENTH, OUT_OF_SCOPE_SEVENTH, 7, split="fresh")
        + batch(ANSWERABLE_EIGHTH, OUT_OF_SCOPE_EIGHTH, 8)
        + batch(ANSWERABLE_NINTH, OUT_OF_SCOPE_NINTH, 9)
    )


def batch(answerable: dict, out_of_scope: list, number: int, split: str = "") -> list[dict]:
    """One batch's rows, halved into dev and test by position (or all in `split` when
    given); `batch` tells them apart."""
    out = []
    for entry, (relevant, questions) in enumerate(answerable.items()):
        for position, (kind, query, *more) in enumerate(questions):
            half = "dev" if (entry + position) % 2 == 0 else "test"
            ids = [*relevant, *(more[0] if more else ())]
            out.append(
                {
                    "query": query,
                    "relevant": ids,
                    "kind": kind,
                    "split": split or half,
                    "batch": number,
                }
            )
    for position, (kind, query) in enumerate(out_of_scope):
        half = "dev" if position % 2 == 0 else "test"
        out.append(
            {
                "query": query,
                "expect": "abstain",
                "kind": kind,
                "split": split or half,
                "batch": number,
            }
        )
    return out


if __name__ == "__main__":
    target = Path(__file__).with_suffix(".jsonl")
    lines = [json.dumps(row, ensure_ascii=False) for row in rows()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {target}")
