/**
 * Site-wide settings: the one place for the site's name, language and notices.
 * Everything that renders one of these reads it from here.
 */
export const SITE = {
  name: "协商还款指南",
  shortName: "协商还款",
  /** Shown under the name on the home page and used as the default meta description. */
  tagline: "还不上花呗、借呗、信用卡时，怎样自己安全地和放贷机构协商",
  description:
    "独立的公益知识站点：还款困难时怎样直接、免费地与放贷机构协商，怎样识别代理协商骗局，附可在本机运行的还款计算器。",
  lang: "zh-CN",
  /** Independence notice required on every page (content guide: the site is not Alipay). */
  notAffiliated:
    "本站是独立的公益信息站点，不由支付宝、蚂蚁集团或任何放贷机构运营，与它们没有任何关联。本站不收费、不代办协商、不会向你索要个人信息。",
  /** Short form for tight spaces such as the channels page banner. */
  notAffiliatedShort: "本站独立运营，不是支付宝，也不代表任何放贷机构。",
  themeColor: { light: "#f7f5f0", dark: "#14181c" },
} as const;
