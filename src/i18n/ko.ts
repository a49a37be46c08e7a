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
    directionFromTarget: "방향이 비어 있어 목표치의 '이하·미만·이내'를 보고 하향 지표로 읽었습니다",
    directionContradicts: "목표치의 비교어(이상·이하 등)가 방향({detail})과 맞지 않습니다",
    unknownWord: "알 수 없는 값입니다 (가능한 값: {detail})",
    missingTaskNo: "과제번호가 없습니다",
    activityWithoutTask: "과제번호가 없어 어느 과제에도 반영하지 않았습니다",
    unknownKpi: "목표 시트에 과제 {detail}의 이 성과지표가 없습니다",
    unknownTask: "목표 시트에 과제 {detail}(이)가 없습니다",
    duplicateRow: "같은 행이 이미 있습니다 ({detail}); 이 행은 제외했습니다",
    badSetting: "설정 값을 읽을 수 없어 기본값 {detail}(을)를 사용했습니다",
    badShares:
      "성과지표 비중과 추진실적 비중은 0 이상이고 합이 0보다 커야 합니다; 기본값 {detail}(으)로 계산했습니다",
    badHalfShares:
      "상반기 비중과 하반기 비중은 둘 다 0 이상으로 입력하고 합이 0보다 커야 합니다; 연간 점수는 계산하지 않았습니다",
    badDistribution: "배분 S/A/B/C/D의 합이 100이어야 합니다; 기본값 {detail}(으)로 나눴습니다",
    duplicateDepartment: "같은 부서가 {detail}에도 있습니다; 이 행은 제외했습니다",
    badCommitteeScore: "0–100 사이의 숫자여야 합니다; 이 점수는 제외했습니다",
    badWeight: "가중치는 0보다 큰 숫자여야 합니다; 1로 계산했습니다",
  },
  result: {
    final: "확정",
    provisional: "잠정 ({counts})",
    errors: "오류 {count}건",
    noData: "미입력 {count}건",
  },
  importDecisions: {
    typeChosen: "지표유형을 정했습니다(확인하세요): {detail}",
    directionDefault: "목표에 이상·이하가 없어 상향으로 두었습니다: {detail}",
    figureFromWords: "말로 쓴 수를 숫자로 읽었습니다: {detail}",
    previousMean: "전년도실적이 여럿이어서 평균으로 했습니다: {detail}",
    previousNone: "전년도실적에 목표와 같은 단위의 수가 없어 비워 두었습니다: {detail}",
    itemToNotes: "수치가 없는 목표 항목은 비고에 두었습니다: {detail}",
    unpaired: "목표 수치와 성과지표의 수가 맞지 않습니다 (목표/지표: {detail})",
    performanceGoalFromHeading: "개요표에 이 과제의 성과목표가 없어 제목을 썼습니다: {detail}",
    yearMissing: "문서에서 연도를 찾지 못해 올해로 두었습니다",
    departmentMissing: "부서 이름을 찾지 못했습니다",
    activityWithoutTask: "어느 과제의 활동인지 찾지 못해 과제번호를 비워 두었습니다: {detail}",
    activityTaskFromOtherMonth:
      "과제가 적혀 있지 않은 달의 활동을 다른 달에 같은 활동이 있는 과제로 두었습니다: {detail}",
    countDefault: "활동의 횟수가 없어 1회로 두었습니다: {detail}",
  },
  importPrevious: "전년도: {detail}",
  ribbon: {
    computed: "달성도를 계산했습니다",
    notComputed: "달성도를 계산할 수 없습니다",
    failed: "달성도를 계산하지 못했습니다",
    seeResults: "결과 시트에 자세한 내용이 있습니다.",
    close: "확인",
  },
  /** An action's result in words, wherever it is told (the ribbon's dialog, the CLI). */
  outcome: {
    overall: "종합점수 {score} ({grade}등급), 기준월 {month}월 — {mark}",
    noScore: "종합점수 없음 (점수를 낼 수 있는 지표가 없습니다), 기준월 {month}월 — {mark}",
    problemsTitle: "입력 점검: 오류 {errors}건, 주의 {warnings}건",
    noProblems: "입력 점검: 문제 없음",
  },
  cli: {
    usage:
      "사용법:\n  mbo-eval template [--sample] [--lang ko|en] [--year 연도] [--dept 부서] -o 파일.xlsx\n  mbo-eval compute 파일.xlsx [--as-of 월] [-o 결과.xlsx]\n  mbo-eval check 파일.xlsx [--json]\n  mbo-eval demo [-o 파일.xlsx]\n  mbo-eval consolidate 파일1.xlsx 파일2.xlsx … -o 취합.xlsx\n  mbo-eval import 계획서.(txt|html|docx|hwpx|xlsx) [-o 파일.xlsx] [--replace] [--json]",
    noSuchFile: "파일이 없습니다: {detail}",
    notXlsx: ".xlsx 파일이 아닙니다: {detail}",
    encrypted:
      "암호로 보호된(암호화된) 통합문서는 읽을 수 없습니다. Excel에서 암호를 해제해 저장한 뒤 다시 실행하세요: {detail}",
    tooLarge:
      "통합문서가 너무 큽니다: 압축을 풀면 256 MB를 넘습니다(압축 폭탄이거나 손상된 파일일 수 있습니다). 읽지 않았습니다: {detail}",
    corrupt: "손상되었거나 읽을 수 없는 .xlsx 파일입니다: {detail}",
    cannotWrite: "파일을 쓸 수 없습니다: {detail}",
    written: "저장했습니다: {detail}",
    backup: "원본은 {detail}에 보관했습니다",
    nothingWritten: "아무것도 쓰지 않았습니다.",
    badOption: "잘못된 옵션입니다: {detail}",
    summaryTitle: "{detail} 평가 결과",
    yearScore: "연간 점수 {score} ({grade}등급) — {halves}",
    halfScore: "{month}월 {score}",
    noRecord: "기록 없음",
    consolidated: "취합: {count}개 부서",
    finalScore: "최종 {score} ({rank}위, {grade})",
    distribution: "등급 배분 (목표 수, 실제): {counts}",
    incomplete: "미완료 (정성 점수 없음): {names}",
    imported: "가져왔습니다: {year}년 {department}, 과제 {tasks}개, 성과지표 {kpis}개",
    decisionsTitle: "확인할 결정 {count}건 (각 행의 비고에도 적었습니다):",
    importNoGoalsTable:
      "계획서에서 목표 표(담당부서·전략과제·목표·실적·성과지표)를 찾지 못했습니다. 아무것도 쓰지 않았습니다: {detail}",
    importMissingHeaders:
      "목표 표로 볼 표가 없습니다: 가장 가까운 {table}번째 표에 '{detail}' 머리글이 없습니다. 아무것도 쓰지 않았습니다.",
    documentEncrypted:
      "암호로 보호된 문서는 읽을 수 없습니다. 암호를 해제해 저장한 뒤 다시 가져오세요: {detail}",
    documentNotDocument: "계획서 문서(.docx, .hwpx, 표를 붙여넣은 .xlsx)가 아닙니다: {detail}",
    documentCorrupt: "손상되었거나 읽을 수 없는 문서입니다: {detail}",
    documentBinaryDoc:
      "Word 97–2003 형식(.doc)은 읽을 수 없습니다: {detail}. Word에서 .docx로 저장해 가져오세요.",
    documentBinaryXls:
      "Excel 97–2003 형식(.xls)은 읽을 수 없습니다: {detail}. Excel에서 .xlsx로 저장해 가져오세요.",
    documentPdf:
      "PDF는 표를 읽을 수 없습니다: {detail}. 원본 한글·Word 문서(.hwpx, .docx)나 텍스트(.txt)로 저장한 파일을 가져오세요.",
    importFormatNotYet:
      "한글 2014 이전 형식(.hwp)은 읽을 수 없습니다: {detail}. 한글에서 .hwpx나 텍스트(.txt)로 저장해 가져오세요.",
    importWouldReplace:
      "{detail}에 이미 목표가 있습니다. 바꾸려면 --replace를 붙이세요. 아무것도 쓰지 않았습니다.",
  },
  pane: {
    statusTitle: "통합문서 현황",
    templatesMissing: "평가 양식이 아직 없습니다. [평가 양식 만들기]로 시작하세요.",
    templatesPresent: "평가 양식이 있습니다.",
    plan: "{year}년 {department}",
    asOfSetting: "평가기준월: {month}",
    asOfLatest: "평가기준월: 실적이 입력된 마지막 달",
    lastComputed: "마지막 계산: {time} ({month}월 기준)",
    neverComputed: "아직 계산하지 않았습니다.",
    stale: "계산 후 입력이 변경되었습니다 — 다시 계산하세요.",
    fresh: "계산 후 입력이 변경되지 않았습니다.",
    actionsTitle: "작업",
    createTemplate: "평가 양식 만들기/갱신",
    loadSample: "예시 불러오기",
    check: "입력 점검",
    compute: "달성도 계산",
    asOfLabel: "기준월",
    asOfAuto: "자동 (설정 또는 마지막 입력 월)",
    month: "{month}월",
    working: "처리하는 중…",
    confirmSample:
      "이 통합문서에는 이미 입력한 목표가 있습니다. 예시를 불러오면 설정·목표·월별실적 시트가 예시로 바뀝니다. 계속할까요?",
    confirmYes: "예시로 바꾸기",
    confirmNo: "취소",
    created: "만들거나 갱신한 시트: {sheets}",
    nothingToCreate: "양식이 이미 모두 있습니다. 바꾼 것이 없습니다.",
    sampleLoaded: "2011년 민원봉사과 예시를 불러왔습니다. 1–6월 실적은 예시입니다.",
    computedTitle: "계산 결과",
    overall: "종합점수",
    grade: "등급",
    noScore: "점수 없음",
    kpisTitle: "성과지표",
    problemsTitle: "입력 점검 ({count}건)",
    noProblems: "입력 점검: 문제가 없습니다.",
    goToCell: "셀로 이동",
    cannotCompute: "계산할 수 없습니다. 결과 시트에 이유를 적었습니다.",
    importTitle: "계획서 가져오기",
    importHint:
      "한글·Word 계획서의 표를 복사해 아래에 붙여넣거나 파일(.txt, .html, .docx, .hwpx, 표를 붙여넣은 .xlsx)을 고르세요. 쓰기 전에 미리 보여 드립니다.",
    importPasteHint:
      "한글·Word 계획서의 표를 복사해 아래에 붙여넣고 [미리보기]를 누르세요. 쓰기 전에 무엇을 쓸지 보여 드립니다.",
    importShow: "미리보기",
    importPastePlaceholder: "여기에 붙여넣기 (Ctrl+V)",
    importFromSheet: "열린 통합문서의 시트에서 가져오기",
    importSheetPick: "표를 붙여넣은 시트",
    importSheetRead: "이 시트 읽기",
    importNoSheet:
      "표를 붙여넣은 시트가 없습니다. '계획서' 시트를 만들고 계획서의 표를 붙여넣은 뒤 다시 누르세요.",
    importPick: "계획서 파일 고르기",
    importPreview: "{year}년 {department}: 과제 {tasks}개, 성과지표 {kpis}개, 활동 {activities}개",
    importGoal: "{taskNo} {task} · {indicator} 목표 {target} ({type}, {direction})",
    importActivity: "{taskNo} {item} — 계획 {months}",
    importNoTask: "(과제 없음)",
    importDecisionsTitle: "확인할 결정 {count}건 (각 행의 비고에도 적습니다)",
    importWrite: "통합문서에 쓰기",
    importConfirm:
      "이 통합문서에는 이미 입력한 목표가 있습니다. 가져오면 설정·목표·월별실적 시트가 계획서 내용으로 바뀝니다. 계속할까요?",
    importConfirmYes: "계획서로 바꾸기",
    imported: "계획서를 가져왔습니다: 과제 {tasks}개, 성과지표 {kpis}개, 활동 {activities}개.",
    consolidateTitle: "취합",
    consolidatePick: "부서별 통합문서를 고르면 취합 시트를 이 통합문서에 씁니다",
    consolidated:
      "취합 시트를 썼습니다: {count}개 부서 (최종점수 {complete}개, 정성 점수 없음 {incomplete}개). 읽지 못한 파일: {skipped}. 정성평가 입력 점검: {problems}건",
    reading: "파일 읽는 중 {done} / {total}",
    errorCellEdit:
      "셀을 편집하는 중입니다. Enter 또는 Esc로 편집을 마친 뒤 다시 누르세요. 통합문서는 바뀌지 않았습니다.",
    errorProtected:
      "'{detail}' 시트가 암호로 보호되어 있어 계산 결과를 쓸 수 없습니다. [검토 › 시트 보호 해제]로 보호를 푼 뒤 다시 계산하세요. 통합문서는 바뀌지 않았습니다.",
    errorUnprotectRefused:
      "Excel이 '{sheet}' 시트의 보호를 풀지 못했습니다({code}). [검토 › 시트 보호 해제]로 보호를 푼 뒤 다시 계산하세요. 통합문서는 바뀌지 않았습니다.",
    undoCleared:
      "Excel의 실행 취소 기록이 지워졌습니다(ExcelApi 1.20 미만의 Excel은 추가 기능이 쓰면 지우고, 시트 보호를 풀고 다시 걸 때도 지웁니다). 계산 전의 작업은 되돌릴 수 없습니다.",
    errorTooLarge:
      "통합문서가 Excel 웹에서 한 번에 주고받을 수 있는 크기(5MB)보다 큽니다. 데스크톱 Excel에서 계산하거나, 파일로 계산하세요(명령줄 mbo-eval compute 또는 mbo-eval.html 페이지).",
    errorBusy: "Excel이 요청을 처리하지 못했습니다(너무 크거나 바쁨). 잠시 후 다시 시도하세요.",
    errorPartial:
      "작업이 중간에 멈췄습니다. 다음 시트는 이미 썼습니다: {detail}. 같은 작업을 다시 실행하세요.",
    errorFailed: "작업을 마치지 못했습니다: {detail}. 통합문서를 저장한 뒤 다시 시도하세요.",
    plainPaneNote:
      "이 Excel은 오래된 웹 보기(Internet Explorer 11 또는 EdgeHTML)로 추가 기능을 실행하므로 간단한 화면으로 표시합니다. 취합은 최신 브라우저에서 여는 mbo-eval.html 페이지나 명령줄에서 할 수 있습니다.",
  },
  /** Words the add-in writes into workbooks (besides sheet and column names, src/core/schema.ts). */
  workbook: {
    settingsTitle: "설정",
    goalsTitle: "{year}년 {department} 주요업무 목표관리 — 목표",
    monthlyTitle: "{year}년 {department} 월별 계획·실적",
    resultsTitle: "{year}년 {department} {title} ({month}월 기준)",
    /** A month as 결과 and 이력 show it: the number format, and in words. */
    monthFormat: '0"월"',
    month: "{month}월",
    chartMonth: "{month}월",
    /** Months without a record, shown instead of the year score. */
    noRecord: "{months} 기록 없음",
    noRecordMonthsJoin: "·",
    consolidationTitle: "주요업무 목표관리 취합 ({computedAt})",
    filesNotRead: "읽지 못한 파일",
    distributionComplete: "완료 {count}개 부서",
    qualitativeTitle: "정성평가 — 위원별 점수(0–100)를 입력하세요. 빈칸은 채점하지 않은 것입니다.",
  },
  page: {
    title: "주요업무 목표관리 자체평가 — 파일로 계산·취합",
    intro:
      "Excel 추가 기능 없이 .xlsx 통합문서를 계산하거나, 여러 부서의 통합문서를 취합합니다. 파일은 이 컴퓨터를 벗어나지 않습니다.",
    pick: "통합문서 선택 (하나: 계산, 여럿: 취합)",
    offline: "인터넷 연결 없이 작동합니다.",
    working: "처리하는 중…",
    downloadComputed: "계산한 통합문서 내려받기",
    computedSuffix: " (계산).xlsx",
    cannotCompute: "계산할 수 없습니다. 아래 입력 점검을 보세요.",
    downloadConsolidation: "취합 통합문서 내려받기",
    downloadImported: "통합문서로 내려받기",
    importedFile: "계획서",
    consolidationFile: "취합.xlsx",
    reading: "파일 읽는 중 {done} / {total}",
    consolidated: "취합: {count}개 부서",
  },
};

export type Messages = typeof ko;
