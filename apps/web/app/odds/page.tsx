export default function Page() {
  return <main><h1>odds</h1></main>;
}
