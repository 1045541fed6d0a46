export default function Page() {
  return <main><h1>crash</h1></main>;
}
