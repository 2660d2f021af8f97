//! Making a tab's state, the first time the tab is shown or asked for: the one place that knows
//! which type holds which tab.

use super::careers::CareersTab;
use super::certs::CertsTab;
use super::choose::ChooseTab;
use super::compare::CompareTab;
use super::faq::FaqTab;
use super::orgs::OrgsTab;
use super::overview::OverviewTab;
use super::roles::RolesTab;
use super::salary::SalaryTab;
use super::study::StudyTab;
use super::view::TabView;
use crate::kb::KnowledgeBase;
use crate::tab::Tab;
use crate::ui::live_search::SharedIndex;

/// A fresh state for `tab`. The app then restores its saved part with [`TabView::restore`].
pub fn make(tab: Tab, kb: &KnowledgeBase, index: &SharedIndex) -> Box<dyn TabView> {
    match tab {
        Tab::Overview => Box::new(OverviewTab::default()),
        Tab::Compare => Box::new(CompareTab::default()),
        Tab::Roles => Box::new(RolesTab::default()),
        Tab::Orgs => Box::new(OrgsTab::default()),
        Tab::Careers => Box::new(CareersTab::default()),
        Tab::Salary => Box::new(SalaryTab::default()),
        Tab::Certs => Box::new(CertsTab::default()),
        Tab::Choose => Box::new(ChooseTab::default()),
        Tab::Faq => Box::new(FaqTab::new(index.clone())),
        Tab::Study => Box::new(StudyTab::new(kb)),
    }
}
