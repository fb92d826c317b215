/**
 * Traditional → Simplified for the characters readers of this site actually type: debt, lending,
 * courts, phones, scams, feelings and the everyday words around them. Not a general converter
 * (that would be a 100 KB table); a character missing here simply stays as typed, and Pagefind
 * drops words the site does not contain.
 *
 * Written as pairs "繁简" so that a reviewer can check each one at a glance.
 */
const PAIRS = [
  // 借贷、还款、费用
  "還还 貸贷 債债 務务 帳账 賬账 錢钱 額额 費费 貨货 銀银 儲储 償偿 資资 價价 賠赔 補补 退退 減减 罰罚",
  "約约 續续 延延 納纳 繳缴 轉转 匯汇 帳账 單单 據据 證证 號号 碼码 卡卡 張张 萬万 億亿 塊块 兩两 雙双",
  "唄呗 協协 商商 議议 談谈 機机 構构 個个 與与 對对 於于 為为 從从 這这 過过 進进 來来 時时 間间 後后",
  "會会 嗎吗 麼么 麽么 辦办 說说 請请 問问 話话 電电 訊讯 裡里 裏里 寶宝 開开 關关 閉闭 門门 們们 網网",
  "絡络 聯联 繫系 係系 絕绝 斷断 決决 調调 應应 該该 當当 結结 餘余 滯滞 虧亏 損损 窮穷 難难 壓压 負负",
  "擔担 憂忧 慮虑 鬱郁 緊紧 嚴严 厲厉 驗验 輸输 謝谢 訪访 論论 讀读 寫写 簽签 屆届 級级 題题 體体 積积",
  // 征信、记录
  "徵征 歷历 曆历 錄录 異异 標标 準准 復复 報报 查查 詢询 紀纪 載载 銷销 刪删 除除 舊旧 壞坏 優优",
  // 催收、法律、诈骗
  "催催 騷骚 擾扰 脅胁 嚇吓 罵骂 訴诉 訟讼 傳传 審审 判判 執执 獄狱 監监 牢牢 師师 律律 涵涵 詐诈 騙骗",
  "盜盗 竊窃 冒冒 偽伪 假假 誘诱 導导 勸劝 攔拦 擋挡 舉举 揚扬 護护 權权 規规 則则 違违 條条 例例 準准",
  "報报 警警 專专 線线 熱热 處处 總总 局局 廳厅 區区 縣县 鄉乡 鎮镇 衛卫 營营 創创 運运 團团 隊队 員员",
  // 生活、家庭、感受
  "親亲 屬属 媽妈 爺爷 兒儿 孫孙 鄰邻 們们 學学 習习 醫医 療疗 險险 業业 職职 離离 婚婚 薪薪 資资 勞劳",
  "動动 煩烦 惱恼 懷怀 猶犹 豫豫 覺觉 聽听 見见 視视 觀观 變变 獲获 輕轻 鬆松 氣气 樂乐 歡欢 願愿 嘗尝",
  "試试 靠靠 譜谱 閱阅 實实 際际 現现 狀状 況况 態态 樣样 麵面 飯饭 養养 換换 稱称 齊齐 頭头 撥拨 產产",
  "東东 計计 劃划 畫画 書书 範范 車车 發发 髮发 隨随 無无 啟启 幫帮 歸归 讓让 給给 幾几 鐘钟 鬧闹 戶户",
  "長长 設设 蘇苏 興兴 廣广 華华 國国 術术 語语 詞词 項项 頁页 經经 濟济 圖图 惡恶 贏赢 擊击 搶抢 綁绑",
  "驅驱 趕赶 鑰钥 鎖锁 殺杀 並并 囉啰 啟启 麥麦 買买 賣卖 錯错 誤误 認认 識识 紅红 歲岁 專专 貼贴 帶带",
  "須须 類类 陳陈 劉刘 趙赵 張张 週周 晝昼 夠够 彙汇 滿满 淨净 區区 擬拟 檢检 測测 齡龄 親亲 戚戚 朋朋",
  "農农 郵邮 廠厂 莊庄 員员 筆笔 紙纸 傳传 簡简 介介 紹绍 靜静 誠诚 實实 禮礼 貌貌 歉歉 顧顾 慮虑 盡尽",
  "蘋苹 撐撑 幣币 錶表 鐵铁 寬宽 鬥斗 隻只 夥伙 鬱郁 癒愈 淚泪 憤愤 絲丝 織织 線线 網网 續续 紀纪",
  "點点 響响 確确 裝装 維维 統统 備备 沒没 種种 衝冲 記记 憑凭 討讨 賴赖 諮咨 紛纷 糾纠 緩缓 掛挂 謊谎",
  "編编 潰溃 牆墙 診诊 預预 檔档 閒闲 閑闲 場场 隱隐 貪贪 暫暂 義义 頻频 凍冻 臨临 喪丧 腦脑 頓顿 嫌嫌",
] as const;

/** Map from each Traditional character to its Simplified form (identity pairs are skipped). */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of PAIRS) {
    for (const pair of line.split(" ")) {
      const [t, s] = Array.from(pair);
      if (!t || !s || Array.from(pair).length !== 2) throw new Error(`traditional.ts: bad pair “${pair}”`);
      if (t !== s) map.set(t, s);
    }
  }
  return map;
})();

/** Replace the Traditional characters we know with their Simplified forms; everything else is kept. */
export function toSimplified(text: string): string {
  let out = "";
  for (const ch of text) out += TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}
