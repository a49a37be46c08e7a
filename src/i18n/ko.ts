// Korean catalogue: the product's first language. Every user-facing string lives here and in en.ts.
export const ko = {
  appTitle: "주요업무 목표관리 자체평가",
  appSubtitle: "평가 양식을 만들고, 입력한 실적으로 달성률·상태·점수·등급을 계산합니다.",
  loading: "Excel과 연결하는 중…",
  workflowTitle: "한 해의 흐름",
  workflowPlan: "연초: 목표 시트에 임무·전략목표·성과목표·전략과제·성과지표·목표치를 적습니다.",
  workflowMonthly: "매월: 월별실적 시트에 실적과 추진한 활동을 입력합니다.",
  workflowCompute:
    "상반기·하반기: [달성도 계산]으로 달성률, 상태, 점수, 등급을 결과 시트에 씁니다.",
  workflowReport:
    "보고: 통합문서를 그대로 기획감사실에 보냅니다. 결과는 추가 기능 없이도 보입니다.",
  environmentTitle: "이 Excel",
  environmentHost: "실행 환경",
  environmentApi: "지원 API",
  environmentApiValue: "ExcelApi {version}",
  environmentApiNone: "ExcelApi 1.1 미만 (지원되지 않음)",
  notInExcelTitle: "Excel에서 열어 주세요",
  notInExcelBody:
    "이 페이지는 Excel 추가 기능의 작업 창입니다. Excel(Windows, Mac, 웹)에서 추가 기능을 열면 사용할 수 있습니다.",
};

export type Messages = typeof ko;
