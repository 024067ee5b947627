use super::*;

#[test]
fn smoke() {
    let ctx = AnchorContext::default();
    for m in tag("On 17 December 2003 it happened, in May and June 2004.", &ctx) {
        println!("{m:?}");
    }
}
