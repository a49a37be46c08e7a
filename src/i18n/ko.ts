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
  problems: {
    notANumber: "숫자가 아닙니다",
    negative: "음수는 입력할 수 없습니다",
    excelError: "수식 오류 값입니다",
    formulaWithoutResult: "수식의 계산 결과가 저장되어 있지 않습니다 (Excel에서 열어 저장하세요)",
    notFinite: "너무 큰 숫자입니다",
    percentRescaled: "% 지표에 {detail}(을)를 입력해 {detail}%로 읽었습니다",
    missingSheet: "'{detail}' 시트가 없습니다",
    missingHeader: "'{detail}' 머리글을 찾을 수 없습니다",
    blankTarget: "목표치가 비어 있습니다",
    zeroTarget: "상향 지표의 목표치는 0보다 커야 합니다",
    unknownWord: "알 수 없는 값입니다 (가능한 값: {detail})",
    missingTaskNo: "과제번호가 없습니다",
    unknownKpi: "목표 시트에 과제 {detail}의 이 성과지표가 없습니다",
    unknownTask: "목표 시트에 과제 {detail}(이)가 없습니다",
    duplicateRow: "같은 행이 이미 있습니다 ({detail}); 이 행은 제외했습니다",
    badSetting: "설정 값을 읽을 수 없어 기본값 {detail}(을)를 사용했습니다",
    badWeight: "가중치는 0보다 큰 숫자여야 합니다; 1로 계산했습니다",
  },
  cli: {
    usage:
      "사용법:\n  mbo-eval template [--sample] [--lang ko|en] [--year 연도] [--dept 부서] -o 파일.xlsx\n  mbo-eval compute 파일.xlsx [--as-of 월] [-o 결과.xlsx]\n  mbo-eval check 파일.xlsx [--json]\n  mbo-eval demo [-o 파일.xlsx]",
    noSuchFile: "파일이 없습니다: {detail}",
    notXlsx: ".xlsx 파일이 아닙니다: {detail}",
    encrypted:
      "암호로 보호된(암호화된) 통합문서는 읽을 수 없습니다. Excel에서 암호를 해제해 저장한 뒤 다시 실행하세요: {detail}",
    corrupt: "손상되었거나 읽을 수 없는 .xlsx 파일입니다: {detail}",
    cannotWrite: "파일을 쓸 수 없습니다: {detail}",
    written: "저장했습니다: {detail}",
    backup: "원본은 {detail}에 보관했습니다",
    nothingWritten: "아무것도 쓰지 않았습니다.",
    badOption: "잘못된 옵션입니다: {detail}",
    summaryTitle: "{detail} 평가 결과",
    overall: "종합점수 {score} ({grade}등급), 기준월 {month}월",
    noScore: "종합점수 없음 (점수를 낼 수 있는 지표가 없습니다), 기준월 {month}월",
    problemsTitle: "입력 점검: 오류 {errors}건, 주의 {warnings}건",
    noProblems: "입력 점검: 문제 없음",
  },
};

export type Messages = typeof ko;
