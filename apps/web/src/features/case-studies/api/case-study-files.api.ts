import { ApiRoutes, type CaseStudyFiles, type UpdateCaseStudyFileRequest, type UploadCaseStudyFileFields } from '@twinning/contracts';
import { apiDelete, apiPatch, apiUpload } from '../../../lib/api-client';

export function uploadCaseStudyFile(caseStudyId: string, file: File, fields: UploadCaseStudyFileFields): Promise<CaseStudyFiles> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  form.append('file', file);
  return apiUpload<CaseStudyFiles>(ApiRoutes.caseStudyFiles(caseStudyId), form);
}

export function updateCaseStudyFile(caseStudyId: string, fileId: string, request: UpdateCaseStudyFileRequest): Promise<CaseStudyFiles> {
  return apiPatch<CaseStudyFiles>(ApiRoutes.caseStudyFile(caseStudyId, fileId), request);
}

export function deleteCaseStudyFile(caseStudyId: string, fileId: string): Promise<CaseStudyFiles> {
  return apiDelete<CaseStudyFiles>(ApiRoutes.caseStudyFile(caseStudyId, fileId));
}
