export default function Page() {
  return <main><h1>scenarios</h1></main>;
}
