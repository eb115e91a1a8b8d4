import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseStudyDetail, type CaseStudyFiles, type UpdateCaseStudyFileRequest, type UploadCaseStudyFileFields } from '@twinning/contracts';
import { caseStudyKeys } from '../api/case-studies.api';
import { deleteCaseStudyFile, updateCaseStudyFile, uploadCaseStudyFile } from '../api/case-study-files.api';

/**
 * Uploads, descriptions and removals of a case study's files. The answer is the case study's
 * files: only they change in the cached page, so an open form (with text not yet saved) stays
 * as it is; lists and searches ask again for the cover.
 */
export function useCaseStudyFiles(caseStudyId: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (files: CaseStudyFiles) => {
    queryClient.setQueryData<CaseStudyDetail>(caseStudyKeys.detail(caseStudyId), (detail) => (detail ? { ...detail, files } : detail));
    await queryClient.invalidateQueries({ queryKey: caseStudyKeys.lists() });
  };
  return {
    upload: useMutation({ mutationFn: ({ file, fields }: { file: File; fields: UploadCaseStudyFileFields }) => uploadCaseStudyFile(caseStudyId, file, fields), onSuccess }),
    update: useMutation({ mutationFn: ({ fileId, request }: { fileId: string; request: UpdateCaseStudyFileRequest }) => updateCaseStudyFile(caseStudyId, fileId, request), onSuccess }),
    remove: useMutation({ mutationFn: (fileId: string) => deleteCaseStudyFile(caseStudyId, fileId), onSuccess }),
  };
}
