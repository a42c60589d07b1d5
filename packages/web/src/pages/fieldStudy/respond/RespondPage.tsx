// `/r/:token`: a personal link's form. No session needed; works beside a signed-in facilitator.

import { useParams } from 'react-router';
import { RespondentForm } from './RespondentForm';

export default function RespondPage() {
  const { token = '' } = useParams();
  return <RespondentForm token={token} />;
}
