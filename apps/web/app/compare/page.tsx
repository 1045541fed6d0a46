export default function Page() {
  return <main><h1>compare</h1></main>;
}
