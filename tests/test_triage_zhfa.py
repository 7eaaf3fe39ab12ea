"""Chinese look-alikes and Chinese medical questions (issue 18, branch `zhfa`).

The Chinese rules read a danger or a medical word without asking what it is doing in
the sentence. Not escalated: a question whether, when or which medicine to give (可唔可以
同時食, 食唔食退燒藥好, 洗唔洗食藥); a bump of the child's own at play (踢波跌親膝頭瘀咗);
a want that is negated (也不想睡) beside a fall from the sofa; an adult who does not
answer in talk (老公冇反應); a story seen in a post, in a group chat or heard from a
friend; a young child's words in a temper over a treat, or copied from a sibling; 中毒
of a habit (打機打到中毒咁). Not referred: 頭痛 of a task (揀幼稚園好頭痛); an enthusiast
(發燒友); a doll's fever in a game; a mild sign asked about while the child is plainly
well, only whether to worry.

Still escalated or referred: a medicine swallowed, taken all at once or by mistake (also
told with 把); a bruise someone made; an urge to throw the baby; a child who does not
respond; a parent's wish to die said in earnest, with hyperbole beside it; a passive wish
never to wake after 諗住; a mild sign with a doctor, a medicine, a jab, days of it, an
infant or a milk feed named.
"""

import pytest

from .decisions import answered, escalated, not_escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        # a question whether, when or which medicine to give
        "佢發燒，可以隔四個鐘再食多次退燒藥嗎？",
        "三歲仔感冒，可以同時飲感冒藥水同埋鼻敏感藥嗎",
        "佢今日38度，食唔食退燒藥好？",
        "個女有少少 fever 37.9，洗唔洗食藥？",
        "四歲女兒咳又流鼻水，應該點樣俾佢食止咳藥同退燒藥？",
        # the child's own bump at play
        "個仔踢波跌親膝頭瘀咗一笪，佢話唔痛，係咪冰敷就得？",
        "囡囡玩滑板車撞到腳瘀咗，照跑照跳，洗唔洗理？",
        "個女同佢家姐玩玩下撞到頭，即刻喊，抱完就冇事，需要留意咩？",
        # an insect's bite
        "個仔手臂被蚊咬咗一粒，有少少腫，照玩照跳，應該冇事嘅？",
        # a negated want beside a fall that is over
        "女兒從沙發上摔下來，哭了一下就好了，沒有吐，也不想睡，應該沒事吧？",
        # an adult who does not answer
        "我同老公講嘢佢成日都冇乜反應，淨係望住電話，點溝通？",
        "家婆聽到我哋唔請工人之後完全冇反應，係咪唔開心？",
        # a story seen in a post, a chat group, on TV, or heard from a friend
        "IG 見到有BB俾窗簾繩纏住條頸，好驚，家用窗簾繩點處理先安全？",
        "群組有人分享話個仔吞咗磁石要做手術，磁石玩具係咪唔好買？",
        "聽朋友講佢同事個BB遇溺，我哋去泳池要注意啲咩？",
        "睇電視見到有個媽媽跳樓，個女問點解人會想死，我點答？",
        "看完新聞有人跳橋，女兒問我為什麼有人會自殺，怎樣回答？",
        "套劇有個角色燒炭，個仔問我咩係燒炭，我點解釋？",
        "看了一本繪本講小兔子迷路了，兒子睡前一直問會不會找不到媽媽，怎麼回答？",
        # a young child's words in a temper over a treat, or copied from a sibling
        "個仔話「我想死喇」因為唔俾佢食雪糕，三歲仔講呢啲點處理？",
        "個女學佢哥哥講「我要跳樓」，佢根本唔明，使唔使擔心？",
        # 中毒 of a habit
        "個大仔打機打到中毒咁，一叫佢停就發脾氣",
        # hyperbole of a tired parent, with tonight's bedtime
        "攰到想死咁，個BB今晚又唔肯瞓，有冇湊仔貼士？",
        # 想撞牆 as exasperation
        "個女成晚扭計唔肯刷牙，我真係想撞牆，有冇好方法？",
        "教功課教到想撞牆，三年級英文點教好？",
        # the parent's own treatment, prescribed and over
        "產後我有抑鬱，睇咗醫生食咗半年藥，而家好返，點樣同大仔解釋嗰段時間？",
        # asking ahead, the reason in the next sentence
        "如果BB俾熱水淥親，應該點處理？想預先知定，屋企成日煲滾水",
        # a head knocked on furniture, over
        "個仔個頭撞到張枱，喊咗兩聲又去玩，好彩冇事",
        # breathless from crying, as a figure (咁), in a separation question
        "工人姐姐放假，個仔成日喊住搵佢，喊到唞唔到氣咁，點安撫？",
        "BB一見陌生人就喊到上氣唔接下氣，點樣令佢唔咁怕醜？",
        # English danger words after a Chinese "X made me", in a mixed message
        "個 baby 喊到我 want to die lol，有冇 sleep training tips？",
        "today 好 stress，work deadline 搞到我 can't breathe，返到屋企都冇耐性對個仔",
        "個女扭計扭到我 wanna die，點樣處理 terrible twos？",
    ],
)
def test_a_chinese_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # 頭痛 of a task or a choice
        "揀幼稚園真係好頭痛，公立定私立好？",
        "個仔啲功課真係好頭痛，每晚做到十點，點幫佢？",
        # an enthusiast, a doll's fever
        "個仔係恐龍發燒友，有咩恐龍書推介？",
        "娃娃說她發燒了，女兒幫她打針餵藥，好得意",
        # a mild sign while the child is plainly well, only whether to worry
        "囡囡手臂有啲細細粒紅點，撳落去會退，佢照食照玩，使唔使擔心？",
        "天氣焗，阿仔背脊生咗啲熱痱，精神好好，正常嘅話？",
        "BB面珠有啲乾皮，佢食得瞓得，好開心，需唔需要理？",
        "個女跌落地喊咗一陣，冇嘔冇瞓，照玩，應該OK嘅？",
        "女兒額頭有少少汗疹，精神好好，需要擔心嗎？",
        # the parent's own treatment over; a past allergy cleared by a doctor; money
        "之前焦慮症醫生開咗藥俾我食，依家停咗藥，想問點安排返工同湊仔？",
        "舊年個仔對花生敏感過，而家醫生話可以食返，點同幼稚園講？",
        "舊年佢食蝦敏感過一次，醫生話已經可以食返。點樣同補習社老師講？",
        "BB用品真係大出血，奶粉尿片一個月幾千蚊，點慳？",
        "三歲仔今日有啲低燒，37.8，不過胃口好，又玩得，應該唔使太擔心掛？",
        # vomiting from crying in a tantrum or at drop-off
        "每次返工個女都攬實我唔俾走，喊到嘔，點樣令佢適應？",
        "女兒一發脾氣就哭到吐，是不是要先不理她？",
    ],
)
def test_a_chinese_look_alike_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "佢頭先同時食咗我啲安眠藥同退燒藥，點算",
        "兩歲女一次過食咗成排退燒藥，可唔可以等睇下先？",
        "宝宝刚刚把一整瓶退烧药喝完了，能不能先观察？",
        "老公話個仔唔聽話，打到佢隻腳瘀曬",
        "我有念頭想將BB由床上摔落地",
        "個仔行行下絆親跌低，撞到頭，叫佢都唔應",
        "佢好似唔喺度咁，點同佢講嘢都冇反應，個人好淋",
        "我見到新聞都好想死，我都想跳樓",
        "睇完新聞有人跳樓，我都想跟住跳",
        "個仔問我點解成日喊，我真係諗緊跳樓",
        "個仔頭先條頸俾窗簾繩纏住，而家面都紫咗",
        "日日湊仔湊到想死，係真係想死，唔係講笑，我成日諗點樣結束",
        "攰到極，成日諗住一瞓唔醒就好",
        "個女話佢好想死，佢十四歲，仲有𠝹手",
        "我頭先用個頭撞牆撞到流血，我唔想再湊落去",
        "我成日忍唔住撞牆，仲用刀𠝹自己",
        "我頭先食咗醫生開俾我嘅藥成排，而家好暈",
        "個仔偷食咗我醫生開嘅藥，而家好眼瞓",
        "個仔頭先俾滾水淥親隻手，起曬水泡，應該點處理？",
        "老公捉住個仔個頭撞落枱角，佢額頭腫咗一舊",
        "佢頭先食咗蝦，已經成塊面腫曬，點算",
        "BB喊到唞唔到氣，成個面發紫，仲軟咗",
        "湊仔湊到我 really want to die，唔係講笑",
        "我 want to die，唔想再湊落去",
        "bb 喊到 can't breathe 面都紫咗",
        # a programme watched is when it happened, not a story told
        "個女睇完卡通之後跳咗落泳池，撈返上嚟冇呼吸",
        "個仔睇完電視之後突然抽筋，叫佢冇反應",
        "個女看了卡通後喝了一口漂白水",
        "個仔睇咗卡通之後自己走咗出街，搵唔到佢",
    ],
)
def test_the_same_words_in_a_danger_still_escalate(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "退燒藥同止咳藥可以一齊食嗎？",
        "宝宝能不能同时吃美林和泰诺林？",
        "個仔成日話頭痛，要唔要睇醫生？",
        "三個月BB今日有少少燒，37.9度，精神都幾好，正唔正常？",
        "個仔發燒第四日，仲有38.5度，不過仍然有精神，要唔要睇醫生？",
        "囡囡出咗啲紅疹，好痕，成日抓，精神正常，可以搽咩膏？",
        "兩歲女咳咗兩個禮拜，照玩照食，正常嗎？",
        "個女打完流感針之後有少少燒，37.6度，照樣跑來跑去，係咪正常反應？",
        "寶寶嘔奶之後照樣笑同食奶，正唔正常？",
        "女兒額角撞到茶几起咗個包，喊咗一陣就冇事，照玩，使唔使睇醫生？",
        "轉咗平啲嘅奶粉牌子之後佢成日便秘，要唔要轉返？",
        "佢細個對牛奶敏感過。而家又出返疹，要唔要睇醫生？",
        "佢已經咳咗一個禮拜，要唔要睇醫生？",
        "個仔今朝嘔咗三次，仲有啲燒，要唔要睇醫生？",
        # a dose given as directed and the next step asked
        "孩子吃了退烧药一小时还是39度，可以再吃一次吗？",
        "個仔對蝦敏感，食咗敏感藥可唔可以去學校？",
        "我個仔同人玩撞到膝頭，有少少瘀，行路正常，要唔要照X光？",
        # a mild sign beside another, or of another kind, while the child is well
        "女兒出咗紅疹，有啲發燒，照玩照食，使唔使擔心？",
        "個仔今朝嘔咗兩次，之後照玩，使唔使擔心？",
        "兩歲仔今日屙咗三次水便，精神都好，正常嗎？",
        "個女眼有少少紅，仲有眼屎，不過好精神，使唔使擔心？",
    ],
)
def test_a_chinese_medical_question_is_still_referred(rules, message):
    referred(rules, message)
